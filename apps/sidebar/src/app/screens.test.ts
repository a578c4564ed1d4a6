import { describe, expect, it } from 'vitest';
import { signedInSession } from '@/test/session';
import { allowedScreens } from './screens';

const gainsight = (admin: boolean) => signedInSession({ admin }).gainsight;

describe('the ⋯ menu screens', () => {
  it('offers API access, Import and Export to tenant admins only', () => {
    expect(allowedScreens(gainsight(true)).map((screen) => screen.id)).toEqual(expect.arrayContaining(['api-keys', 'import', 'export']));
    const forOthers = allowedScreens(gainsight(false)).map((screen) => screen.id);
    expect(forOthers).not.toContain('api-keys');
    expect(forOthers).not.toContain('import');
    expect(forOthers).not.toContain('export');
  });
});
