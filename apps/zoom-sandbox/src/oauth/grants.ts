import type { SandboxState } from '../state/sandbox-state.ts';
import type { AuthorizationCode, CodeChallengeMethod, IssuedToken } from '../state/records.ts';
import { randomToken } from '../state/random-token.ts';
import { tokenDigest } from '../state/token-digest.ts';
import { APP_SCOPE } from './marketplace-app.ts';

export interface CodeRequest {
  clientId: string;
  userId: string;
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: CodeChallengeMethod;
}

/**
 * The user grants the app (installing it) and gets a single-use code bound to the client, the user,
 * the redirect URI and the PKCE challenge. The in-client `zoomSdk.authorize` flow calls this directly.
 */
export function issueAuthorizationCode(state: SandboxState, request: CodeRequest): string {
  const now = state.now();
  if (!state.installations.has(request.userId)) {
    state.installations.set(request.userId, { userId: request.userId, clientId: request.clientId, scope: APP_SCOPE, installedAt: now });
    state.changed();
  }
  const code = randomToken(24);
  state.authorizationCodes.set(code, {
    code,
    ...request,
    scope: APP_SCOPE,
    expiresAt: now + state.settings.authorizationCodeTtlSeconds * 1000,
  });
  return code;
}

/** Single use: a code is gone after its first redemption attempt, whatever the outcome. */
export function takeAuthorizationCode(state: SandboxState, code: string): AuthorizationCode | undefined {
  const found = state.authorizationCodes.get(code);
  state.authorizationCodes.delete(code);
  if (!found || found.expiresAt <= state.now() || !state.installations.has(found.userId)) return undefined;
  return found;
}

/** The tokens as handed to the app, once; the state keeps only their digests. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  access: IssuedToken;
  refresh: IssuedToken;
}

export function issueTokens(state: SandboxState, grant: { clientId: string; userId: string; scope: string }): TokenPair {
  const now = state.now();
  const { clientId, userId, scope } = grant;
  const accessToken = randomToken(48);
  const refreshToken = randomToken(48);
  const access = { clientId, userId, scope, expiresAt: now + state.settings.accessTokenTtlSeconds * 1000 };
  const refresh = { clientId, userId, scope, expiresAt: now + state.settings.refreshTokenTtlSeconds * 1000 };
  state.accessTokens.set(tokenDigest(accessToken), access);
  state.refreshTokens.set(tokenDigest(refreshToken), refresh);
  state.changed();
  return { accessToken, refreshToken, access, refresh };
}

export type RefreshOutcome = { ok: true; tokens: TokenPair } | { ok: false; userId?: string };

/**
 * Rotation: the old refresh token is retired the moment it is used, so a second concurrent use fails.
 * Retired tokens are kept (not deleted) so failed attempts still count against their user.
 */
export function rotateRefreshToken(state: SandboxState, clientId: string, token: string): RefreshOutcome {
  const found = state.refreshTokens.get(tokenDigest(token));
  if (!found || found.clientId !== clientId) return { ok: false };
  const usable = !found.retired && found.expiresAt > state.now() && state.installations.has(found.userId);
  found.retired = true;
  state.changed();
  return usable ? { ok: true, tokens: issueTokens(state, found) } : { ok: false, userId: found.userId };
}

export type AccessTokenCheck = { ok: true; token: IssuedToken } | { ok: false; reason: 'invalid' | 'expired' };

export function checkAccessToken(state: SandboxState, token: string | undefined): AccessTokenCheck {
  const found = token ? state.accessTokens.get(tokenDigest(token)) : undefined;
  if (!found || found.retired) return { ok: false, reason: 'invalid' };
  if (found.expiresAt <= state.now()) return { ok: false, reason: 'expired' };
  return { ok: true, token: found };
}

/** Zoom-side revocation (app removed, admin action): every code and token of the user stops working. */
export function revokeGrant(state: SandboxState, userId: string): boolean {
  const wasInstalled = state.installations.delete(userId);
  for (const [code, value] of state.authorizationCodes) if (value.userId === userId) state.authorizationCodes.delete(code);
  for (const token of [...state.accessTokens.values(), ...state.refreshTokens.values()]) {
    if (token.userId === userId) token.retired = true;
  }
  state.changed();
  return wasInstalled;
}

/** Makes the user's current access tokens expired, as an hour passing would. */
export function expireAccessTokens(state: SandboxState, userId: string) {
  for (const token of state.accessTokens.values()) if (token.userId === userId) token.expiresAt = state.now();
  state.changed();
}

/** Zoom's token revocation: ends that one token (access or refresh), whoever's it is. */
export function retireToken(state: SandboxState, token: string) {
  const digest = tokenDigest(token);
  const found = state.accessTokens.get(digest) ?? state.refreshTokens.get(digest);
  if (!found) return;
  found.retired = true;
  state.changed();
}

export const isInstalled = (state: SandboxState, userId: string) => state.installations.has(userId);

/** How many token requests of a grant type were made (for one user, when given); tests assert on it. */
export function countTokenRequests(state: SandboxState, grantType: string, userId?: string): number {
  return state.tokenRequests.filter((r) => r.grantType === grantType && (userId === undefined || r.userId === userId)).length;
}
