import express from 'express';
import type { SandboxState } from '../state/sandbox-state.ts';
import { revokeGrant } from '../oauth/grants.ts';
import { findZoomUser } from '../zoom-users.ts';
import { safeReturnPath, SIGNED_IN_COOKIE } from './signed-in-user.ts';

/** Sandbox-only controls: who is signed in to "Zoom web", and revoking a grant behind the app's back. */
export function accountsRouter(state: SandboxState) {
  const router = express.Router();

  router.post('/sandbox/sign-in', express.urlencoded({ extended: false }), (req, res) => {
    const user = findZoomUser(typeof req.body?.user === 'string' ? req.body.user : undefined);
    if (!user) return res.status(400).type('text').send('Unknown sandbox user.');
    res.cookie(SIGNED_IN_COOKIE, user.id, { httpOnly: true, sameSite: 'lax', path: '/' });
    res.redirect(303, safeReturnPath(req.body?.return));
  });

  // Like an admin revoking the app in Zoom: no webhook, the product finds out on its next refresh.
  router.post('/sandbox/users/:userId/revoke', (req, res) => {
    if (!findZoomUser(req.params.userId)) return res.status(404).json({ error: 'unknown user' });
    revokeGrant(state, req.params.userId);
    res.status(204).end();
  });

  return router;
}
