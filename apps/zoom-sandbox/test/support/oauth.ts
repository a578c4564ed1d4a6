import { createHash, randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import type { SandboxConfig } from '../../src/config.ts';
import { SIGNED_IN_COOKIE } from '../../src/accounts/signed-in-user.ts';

export const basicAuth = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

export const newVerifier = () => randomBytes(32).toString('base64url');
export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export const signedInAs = (userId: string) => `${SIGNED_IN_COOKIE}=${userId}`;

export interface AuthorizeParams {
  redirectUri?: string;
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  userId?: string;
}

/** Opens the consent page for a valid authorize request and answers it; returns where Zoom redirected. */
export async function consentTo(app: Express, config: SandboxConfig, params: AuthorizeParams = {}, decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.ZOOM_CLIENT_ID,
    redirect_uri: params.redirectUri ?? `${config.PUBLIC_URL}/zoom/callback`,
  });
  if (params.state !== undefined) query.set('state', params.state);
  if (params.codeChallenge) query.set('code_challenge', params.codeChallenge);
  if (params.codeChallengeMethod) query.set('code_challenge_method', params.codeChallengeMethod);
  const cookie = params.userId ? [signedInAs(params.userId)] : [];
  const page = await request(app).get(`/oauth/authorize?${query}`).set('Cookie', cookie);
  if (page.status === 302) return new URL(page.headers.location as string);
  const consentId = /name="consent_id" value="([^"]+)"/.exec(page.text)?.[1];
  if (!consentId) throw new Error(`No consent form (HTTP ${page.status})`);
  const answer = await request(app).post('/oauth/authorize').set('Cookie', cookie).type('form').send({ consent_id: consentId, decision }).expect(302);
  return new URL(answer.headers.location as string);
}

export function exchangeCode(app: Express, config: SandboxConfig, form: Record<string, string>) {
  return request(app)
    .post('/oauth/token')
    .set('Authorization', basicAuth(config.ZOOM_CLIENT_ID, config.ZOOM_CLIENT_SECRET))
    .type('form')
    .send({ grant_type: 'authorization_code', redirect_uri: `${config.PUBLIC_URL}/zoom/callback`, ...form });
}

export function refresh(app: Express, config: SandboxConfig, refreshToken: string) {
  return request(app)
    .post('/oauth/token')
    .set('Authorization', basicAuth(config.ZOOM_CLIENT_ID, config.ZOOM_CLIENT_SECRET))
    .type('form')
    .send({ grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** A user who installed the app, with tokens, in one call. */
export async function installedTokens(app: Express, config: SandboxConfig, userId?: string) {
  const location = await consentTo(app, config, { userId });
  const response = await exchangeCode(app, config, { code: location.searchParams.get('code') ?? '' }).expect(200);
  return response.body as { access_token: string; refresh_token: string; expires_in: number; scope: string };
}
