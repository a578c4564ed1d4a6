import { PERMISSION_ACTIONS, type SessionView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { allowedScreens } from './screens';

type Gainsight = NonNullable<SessionView['gainsight']>;

const gainsight = (isAdmin: boolean): Gainsight => ({
  user: {
    id: '5b1f7c1e-8d0a-4c39-9a0e-6f3b2d9c1a11',
    username: 'vera@acme.example',
    displayName: 'Vera Lindqvist',
    email: 'vera@acme.example',
    licence: 'FULL',
    isAdmin,
  },
  domain: {
    id: '7c2e4b9a-1f3d-4e8b-a6c5-0d9e8f7a6b54',
    host: 'acme.gainsightcloud.com',
    name: 'Acme',
    environment: 'PRODUCTION',
    dataCenter: 'US1',
    new360: true,
  },
  permissions: Object.fromEntries(
    PERMISSION_ACTIONS.map((action) => [
      action,
      action === 'administer' && !isAdmin ? { allowed: false, reason: 'Only a tenant administrator can.' } : { allowed: true },
    ]),
  ) as Gainsight['permissions'],
});

describe('the ⋯ menu screens', () => {
  it('offers API access and Export to tenant admins only', () => {
    expect(allowedScreens(gainsight(true)).map((screen) => screen.id)).toEqual(expect.arrayContaining(['api-keys', 'export']));
    const forOthers = allowedScreens(gainsight(false)).map((screen) => screen.id);
    expect(forOthers).not.toContain('api-keys');
    expect(forOthers).not.toContain('export');
  });
});
