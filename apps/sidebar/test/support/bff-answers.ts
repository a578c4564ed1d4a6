import { PERMISSION_ACTIONS } from '@c360/contracts';
import type { Plugin } from 'vite';

const allowed = { allowed: true };

/** The BFF's session for a browser that did not come through Zoom but is signed in to Gainsight, as a user or a tenant admin. */
export const signedInSession = ({ admin }: { admin: boolean }) => ({
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
        action === 'administer' && !admin ? { allowed: false, reason: 'Only a tenant administrator can administer the Zoom app.' } : allowed,
      ]),
    ),
  },
});

const loginMethods = {
  salesforce: false,
  links: { privacy: 'https://example.com/privacy', terms: 'https://example.com/terms', support: 'https://example.com/support' },
};

/** The BFF's answers the shell reads on every page: this session, the login methods and no meeting logs waiting. */
export const sessionApi = (session: ReturnType<typeof signedInSession>): Plugin => ({
  name: 'session-api',
  configurePreviewServer(preview) {
    preview.middlewares.use('/api/session', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(session));
    });
    // The ⋯ menu links the privacy policy, terms of use and support the BFF is configured with.
    preview.middlewares.use('/api/login/methods', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(loginMethods));
    });
    // The ⋯ button counts the user's meeting logs waiting for an answer: none here.
    preview.middlewares.use('/api/meeting-logs', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ items: [], nextCursor: null, total: 0 }));
    });
  },
});
