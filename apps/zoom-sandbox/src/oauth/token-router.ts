import express, { type Response } from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import type { TokenRequestRecord } from '../state/records.ts';
import { hasClientCredentials } from './marketplace-app.ts';
import { issueTokens, retireToken, rotateRefreshToken, takeAuthorizationCode, type TokenPair } from './grants.ts';
import { verifierMatches } from './pkce.ts';

type Form = Record<string, unknown>;
const field = (body: Form, name: string) => (typeof body[name] === 'string' ? body[name] : undefined);

/** Zoom's token errors are `{reason, error}`, not RFC 6749's `error_description`. */
const fail = (res: Response, status: 400 | 401, error: string, reason: string) => res.status(status).json({ reason, error });

function sendTokens(state: SandboxState, res: Response, { accessToken, refreshToken, access }: TokenPair) {
  res.set('Cache-Control', 'no-store').json({
    access_token: accessToken,
    token_type: 'bearer',
    refresh_token: refreshToken,
    expires_in: Math.round((access.expiresAt - state.now()) / 1000),
    scope: access.scope,
    api_url: state.settings.origin,
  });
}

export function tokenRouter(config: SandboxConfig, state: SandboxState) {
  const router = express.Router();
  const form = express.urlencoded({ extended: false });

  router.post('/oauth/token', form, (req, res) => {
    const body: Form = req.body ?? {};
    const grantType = field(body, 'grant_type') ?? '';
    const record: TokenRequestRecord = { grantType, ok: false, at: state.now() };
    state.tokenRequests.push(record);
    if (!hasClientCredentials(config, req.headers.authorization)) {
      return fail(res, 401, 'invalid_client', 'Invalid client_id or client_secret');
    }
    if (grantType === 'authorization_code') {
      const code = takeAuthorizationCode(state, field(body, 'code') ?? '');
      if (!code || code.clientId !== config.ZOOM_CLIENT_ID) return fail(res, 400, 'invalid_grant', 'Invalid authorization code');
      record.userId = code.userId;
      if (field(body, 'redirect_uri') !== code.redirectUri) return fail(res, 400, 'invalid_request', 'Redirect URI mismatch.');
      if (code.codeChallenge && code.codeChallengeMethod) {
        const verifier = field(body, 'code_verifier');
        if (!verifier) return fail(res, 400, 'invalid_request', 'Missing code_verifier');
        if (!verifierMatches(code.codeChallenge, code.codeChallengeMethod, verifier)) {
          return fail(res, 400, 'invalid_grant', 'Invalid code_verifier');
        }
      }
      record.ok = true;
      return sendTokens(state, res, issueTokens(state, code));
    }
    if (grantType === 'refresh_token') {
      const outcome = rotateRefreshToken(state, config.ZOOM_CLIENT_ID, field(body, 'refresh_token') ?? '');
      if (!outcome.ok) {
        record.userId = outcome.userId;
        return fail(res, 400, 'invalid_grant', 'Invalid Token!');
      }
      record.userId = outcome.tokens.access.userId;
      record.ok = true;
      return sendTokens(state, res, outcome.tokens);
    }
    fail(res, 400, 'unsupported_grant_type', 'Unsupported grant type');
  });

  // Zoom's token revocation (used by apps on uninstall): ends that token only, always "success".
  router.post('/oauth/revoke', form, (req, res) => {
    if (!hasClientCredentials(config, req.headers.authorization)) {
      return fail(res, 401, 'invalid_client', 'Invalid client_id or client_secret');
    }
    const token = field(req.body ?? {}, 'token') ?? (typeof req.query.token === 'string' ? req.query.token : '');
    retireToken(state, token);
    res.json({ status: 'success' });
  });

  return router;
}
