import { AppError } from '@c360/c360';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { reauthorizeError } from './oauth-client.ts';
import { zoomAccessToken, type ZoomDeps } from './token-refresh.ts';
import { fetchZoom, jsonOf } from './zoom-fetch.ts';

const currentUser = z.object({ id: z.string().min(1), account_id: z.string().min(1) });
const deeplinkResponse = z.object({ deeplink: z.url({ protocol: /^https?$/ }) });

function callWithToken(config: Config, accessToken: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${accessToken}`);
  headers.set('accept', 'application/json');
  return fetchZoom(`${config.ZOOM_API_HOST}${path}`, { ...init, headers });
}

function unexpected(response: Response, what: string): AppError {
  if (response.status === 401) return new AppError('UNAUTHENTICATED', `Zoom refused the access token while ${what}.`);
  return new AppError('UNAVAILABLE', `Zoom answered HTTP ${response.status} while ${what}. Try again in a moment.`);
}

/** `GET /v2/users/me` with a given token: who the token belongs to. The account id is PII. */
export async function getCurrentZoomUser(config: Config, accessToken: string): Promise<{ id: string; accountId: string }> {
  const response = await callWithToken(config, accessToken, '/v2/users/me');
  const parsed = currentUser.safeParse(await jsonOf(response));
  if (!response.ok || !parsed.success) throw unexpected(response, 'reading the Zoom user');
  return { id: parsed.data.id, accountId: parsed.data.account_id };
}

/** `POST /v2/zoomapp/deeplink`: a link that opens the app in the user's Zoom client. */
export async function createDeeplink(config: Config, accessToken: string, action?: string): Promise<string> {
  const response = await callWithToken(config, accessToken, '/v2/zoomapp/deeplink', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(action === undefined ? {} : { action }),
  });
  const parsed = deeplinkResponse.safeParse(await jsonOf(response));
  if (!response.ok || !parsed.success) throw unexpected(response, 'creating the deeplink');
  return parsed.data.deeplink;
}

/**
 * A Zoom API call on behalf of an installed user: the token is refreshed first when it is about to
 * expire, and once more if Zoom rejects it anyway (revoked access token, clock skew).
 */
export async function zoomApiRequest(deps: ZoomDeps, zoomUserId: string, path: string, init: RequestInit = {}): Promise<Response> {
  const token = await zoomAccessToken(deps, zoomUserId);
  const response = await callWithToken(deps.config, token, path, init);
  if (response.status !== 401) return response;
  const renewed = await zoomAccessToken(deps, zoomUserId, { rejected: token });
  const retried = await callWithToken(deps.config, renewed, path, init);
  if (retried.status === 401) throw reauthorizeError('Zoom refuses this app’s access for your account. Authorize the app again.');
  return retried;
}

/** The installed user's Zoom profile (`GET /v2/users/me`). */
export async function getZoomUserProfile(deps: ZoomDeps, zoomUserId: string): Promise<{ id: string }> {
  const response = await zoomApiRequest(deps, zoomUserId, '/v2/users/me');
  const parsed = currentUser.safeParse(await jsonOf(response));
  if (!response.ok || !parsed.success) throw unexpected(response, 'reading the Zoom user');
  return { id: parsed.data.id };
}
