import express, { type Request, type Response } from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import type { CodeChallengeMethod, PendingConsent } from '../state/records.ts';
import { randomToken } from '../state/random-token.ts';
import { signedInUser } from '../accounts/signed-in-user.ts';
import { sendPage } from '../pages/layout.ts';
import { consentPage, oauthErrorPage } from './consent-page.ts';
import { isAllowedRedirectUri } from './marketplace-app.ts';
import { isInstalled, issueAuthorizationCode } from './grants.ts';
import { isChallengeMethod } from './pkce.ts';

const single = (value: unknown) => (typeof value === 'string' ? value : undefined);

function redirectBack(res: Response, redirectUri: string, params: Record<string, string | undefined>) {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(key, value);
  res.redirect(302, target.href);
}

type AuthorizeRequest = Omit<PendingConsent, 'id' | 'userId' | 'expiresAt'>;

/** Checks an authorize request the way Zoom does before it shows anything to the user. */
function parseAuthorizeRequest(config: SandboxConfig, req: Request): AuthorizeRequest | string {
  const query = req.query;
  if (single(query.response_type) !== 'code') return 'Unsupported response_type: it must be "code".';
  const clientId = single(query.client_id);
  if (clientId !== config.ZOOM_CLIENT_ID) return 'Invalid client_id: no app is registered with this client id.';
  const redirectUri = single(query.redirect_uri);
  if (!isAllowedRedirectUri(config, redirectUri)) return 'Invalid redirect: the redirect URL is not on the app’s allow list.';
  const codeChallenge = single(query.code_challenge);
  const method = single(query.code_challenge_method) ?? (codeChallenge ? 'plain' : undefined);
  if (method !== undefined && (!codeChallenge || !isChallengeMethod(method))) {
    return 'Invalid code_challenge or code_challenge_method (plain or S256).';
  }
  return {
    clientId,
    redirectUri,
    state: single(query.state),
    codeChallenge,
    codeChallengeMethod: method as CodeChallengeMethod | undefined,
  };
}

export function authorizeRouter(config: SandboxConfig, state: SandboxState) {
  const router = express.Router();

  router.get('/oauth/authorize', (req, res) => {
    const request = parseAuthorizeRequest(config, req);
    if (typeof request === 'string') return sendPage(res, oauthErrorPage(request), 400);
    const user = signedInUser(req);
    const { state: appState, ...codeRequest } = request;
    // Like Zoom, a user who already granted the app goes straight back with a code.
    if (isInstalled(state, user.id)) {
      const code = issueAuthorizationCode(state, { ...codeRequest, userId: user.id });
      return redirectBack(res, request.redirectUri, { code, state: appState });
    }
    const consent: PendingConsent = {
      ...request,
      id: randomToken(18),
      userId: user.id,
      expiresAt: state.now() + state.settings.consentTtlSeconds * 1000,
    };
    state.consents.set(consent.id, consent);
    sendPage(res, consentPage(consent, user, req.originalUrl));
  });

  router.post('/oauth/authorize', express.urlencoded({ extended: false }), (req, res) => {
    const consentId = single(req.body?.consent_id) ?? '';
    const consent = state.consents.get(consentId);
    state.consents.delete(consentId);
    if (!consent || consent.expiresAt <= state.now()) {
      return sendPage(res, oauthErrorPage('This authorization page has expired or was already used. Start again from the app.'), 400);
    }
    // The decision belongs to whoever saw the page; a user switch in between must start over.
    if (signedInUser(req).id !== consent.userId) {
      return sendPage(res, oauthErrorPage('You switched Zoom users after this page was shown. Start again from the app.'), 400);
    }
    if (single(req.body?.decision) !== 'allow') {
      return redirectBack(res, consent.redirectUri, { error: 'access_denied', state: consent.state });
    }
    const { id: _id, expiresAt: _expiresAt, state: appState, ...codeRequest } = consent;
    const code = issueAuthorizationCode(state, codeRequest);
    redirectBack(res, consent.redirectUri, { code, state: appState });
  });

  return router;
}
