import type { SessionView } from '@c360/contracts';
import type { Plugin } from 'vite';

const loginMethods = {
  salesforce: false,
  links: { privacy: 'https://example.com/privacy', terms: 'https://example.com/terms', support: 'https://example.com/support' },
};

/** The BFF's answers the shell reads on every page: this session, the login methods and no meeting logs waiting. */
export const sessionApi = (session: SessionView): Plugin => ({
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
