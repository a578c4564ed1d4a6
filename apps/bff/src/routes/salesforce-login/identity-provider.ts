import { AppError } from '@c360/c360';
import { z } from 'zod';
import type { SalesforceConfig } from '../../config.ts';

const REQUEST_TIMEOUT_MS = 10_000;

const tokenSchema = z.object({ access_token: z.string().min(1) });
// Salesforce's userinfo (OpenID Connect) and the sandbox's /v2/users/me both name it `email`.
const userinfoSchema = z.object({ email: z.email() });

/** A refused code or token is the user's problem (start again); anything else means the IdP is not answering. */
function failure(status: number, what: string): AppError {
  return status === 400 || status === 401
    ? new AppError('UNAUTHENTICATED', `The identity provider did not accept the ${what}.`)
    : new AppError('UNAVAILABLE', `The identity provider answered HTTP ${status} to the ${what}.`);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch {
    // The cause can quote the URL or headers; the message stays ours.
    throw new AppError('UNAVAILABLE', 'The identity provider could not be reached.');
  }
}

/** Redeems an authorization code for an access token, sending the client secret as the IdP wants it. */
export async function exchangeCode(config: SalesforceConfig, grant: { code: string; redirectUri: string; codeVerifier?: string }): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'authorization_code', code: grant.code, redirect_uri: grant.redirectUri });
  if (grant.codeVerifier) form.set('code_verifier', grant.codeVerifier);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (config.clientAuth === 'basic') {
    headers.authorization = `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')}`;
  } else {
    form.set('client_id', config.clientId);
    if (config.clientSecret !== '') form.set('client_secret', config.clientSecret);
  }
  const response = await send(config.tokenUrl, { method: 'POST', headers, body: form });
  if (!response.ok) throw failure(response.status, 'authorization code');
  const parsed = tokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new AppError('UNAVAILABLE', 'The identity provider answered the token request without an access token.');
  return parsed.data.access_token;
}

/** The e-mail address the identity provider vouches for. */
export async function fetchEmail(config: SalesforceConfig, accessToken: string): Promise<string> {
  const response = await send(config.userinfoUrl, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } });
  if (!response.ok) throw failure(response.status, 'access token');
  const parsed = userinfoSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new AppError('UNAVAILABLE', 'The identity provider did not say which e-mail address you use.');
  return parsed.data.email.toLowerCase();
}
