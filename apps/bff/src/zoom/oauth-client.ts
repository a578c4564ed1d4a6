import { AppError, now } from '@c360/c360';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { fetchZoom, jsonOf } from './zoom-fetch.ts';

/** A Zoom user's tokens as the token endpoint issued them. */
export interface ZoomTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  scope: string;
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().positive(),
  scope: z.string().default(''),
});

/** Zoom answers `{reason, error}`; RFC 6749 servers `{error, error_description}`. */
const tokenError = z.object({ error: z.string().optional() }).catch({});

type TokenGrant =
  { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier?: string } | { grant_type: 'refresh_token'; refresh_token: string };

type TokenResult = { ok: true; tokens: ZoomTokens } | { ok: false; error: string | undefined };

async function requestTokens(config: Config, grant: TokenGrant): Promise<TokenResult> {
  const credentials = Buffer.from(`${config.ZOOM_CLIENT_ID}:${config.ZOOM_CLIENT_SECRET}`).toString('base64');
  const requestedAt = now().getTime();
  const response = await fetchZoom(`${config.ZOOM_HOST}/oauth/token`, {
    method: 'POST',
    // Zoom requires HTTP Basic client authentication; the secret never goes in the form.
    headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(Object.entries(grant).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  });
  const body = await jsonOf(response);
  if (response.status === 400) return { ok: false, error: tokenError.parse(body).error };
  if (response.status === 401) {
    throw new AppError('UNAVAILABLE', 'Zoom did not accept this app’s credentials. The app is misconfigured; contact its administrator.');
  }
  const parsed = tokenResponse.safeParse(body);
  if (!response.ok || !parsed.success) {
    throw new AppError('UNAVAILABLE', `Zoom’s token service answered HTTP ${response.status}. Try again in a moment.`);
  }
  const { access_token, refresh_token, expires_in, scope } = parsed.data;
  // Counted from when we asked, so a slow answer never makes a token look fresher than it is.
  return { ok: true, tokens: { accessToken: access_token, refreshToken: refresh_token, expiresAt: new Date(requestedAt + expires_in * 1000), scope } };
}

/**
 * Redeems an authorization code (Marketplace install or in-client OAuth). `redirectUri` must be the one
 * the authorization used; `codeVerifier` when it used PKCE. A code Zoom refuses is UNAUTHENTICATED.
 */
export async function exchangeCode(config: Config, input: { code: string; redirectUri: string; codeVerifier?: string }): Promise<ZoomTokens> {
  const result = await requestTokens(config, {
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    ...(input.codeVerifier ? { code_verifier: input.codeVerifier } : {}),
  });
  if (result.ok) return result.tokens;
  throw new AppError('UNAUTHENTICATED', 'Zoom did not accept the authorization: the code is invalid, expired or already used. Start the authorization again.', {
    details: { zoomError: result.error ?? 'invalid_request' },
  });
}

/** Zoom's refusal of a refresh token: revoked, expired or already rotated. Only a new authorization helps. */
export const reauthorizeError = (message: string) => new AppError('UNAUTHENTICATED', message, { details: { reauthorize: true } });

/** Trades a refresh token for new tokens; Zoom rotates the refresh token every time. */
export async function refreshTokens(config: Config, refreshToken: string): Promise<ZoomTokens> {
  const result = await requestTokens(config, { grant_type: 'refresh_token', refresh_token: refreshToken });
  if (result.ok) return result.tokens;
  throw reauthorizeError('Zoom no longer accepts this app’s authorization for your account. Authorize the app again.');
}
