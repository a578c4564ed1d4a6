import { createHash, timingSafeEqual } from 'node:crypto';
import type { SandboxConfig } from '../config.ts';
import { ZOOM_APP_SDK_APIS } from '@c360/contracts';

/** The product as registered on the Marketplace: what the consent page and Marketplace card show. */
export const APP_NAME = 'Customer 360 for Zoom';
export const APP_DESCRIPTION =
  'See your customer’s timeline, people, health scorecard and key attributes in the meeting, and log what happened without leaving the call.';
export const APP_SCOPES = ['zoomapp:inmeeting', 'user:read:user', 'meeting:read:meeting'] as const;
export const APP_SCOPE = APP_SCOPES.join(' ');
/** The Zoom Apps SDK APIs enabled for the app, which the Marketplace shows so an admin sees what it may do in meetings. */
export const APP_SDK_APIS = ZOOM_APP_SDK_APIS;

/** The app's registered redirect URL for Marketplace installs. */
export const installRedirectUri = (config: SandboxConfig) => new URL('/zoom/callback', config.PUBLIC_URL).href;

/** The Marketplace "domain allow list": any page of the product's public origin may receive a code. */
export function isAllowedRedirectUri(config: SandboxConfig, redirectUri: string | undefined): redirectUri is string {
  if (!redirectUri || !URL.canParse(redirectUri)) return false;
  return new URL(redirectUri).origin === new URL(config.PUBLIC_URL).origin;
}

// Hash before comparing so timingSafeEqual gets equal lengths and the secret's length does not leak.
const sameSecret = (a: string, b: string) => timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/** HTTP Basic `client_id:client_secret`, as Zoom's token endpoint requires. */
export function hasClientCredentials(config: SandboxConfig, authorization: string | undefined): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const clientId = decoded.slice(0, colon);
  const clientSecret = decoded.slice(colon + 1);
  return sameSecret(clientId, config.ZOOM_CLIENT_ID) && sameSecret(clientSecret, config.ZOOM_CLIENT_SECRET);
}
