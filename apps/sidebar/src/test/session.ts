import { PERMISSION_ACTIONS, type Permissions, type SessionView } from '@c360/contracts';

type Gainsight = NonNullable<SessionView['gainsight']>;

/** The BFF's session for a browser that did not come through Zoom but is signed in to Gainsight, as a user or a tenant admin. */
export const signedInSession = ({ admin }: { admin: boolean }): SessionView & { gainsight: Gainsight } => ({
  zoom: null,
  gainsight: {
    user: {
      id: '5b1f7c1e-8d0a-4c39-9a0e-6f3b2d9c1a11',
      username: 'vera@acme.example',
      displayName: 'Vera Lindqvist',
      email: 'vera@acme.example',
      licence: admin ? 'FULL' : 'VIEWER',
      isAdmin: admin,
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
        action === 'administer' && !admin ? { allowed: false, reason: 'Only a tenant administrator can administer the Zoom app.' } : { allowed: true },
      ]),
    ) as Permissions,
  },
});
