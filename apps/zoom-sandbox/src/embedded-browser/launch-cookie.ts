import type { IncomingHttpHeaders } from 'node:http';
import { LAUNCH_TTL_MS } from '../client/launches.ts';
import { formatCookieHeader, parseCookieHeader } from './cookies.ts';

/** Carries a launch across the redirect to the Home URL; the BFF never sees it. */
export const LAUNCH_COOKIE = '__zoom_launch';
export const HOME_PATH = '/zoom/home';
export const LAUNCH_PATH_PREFIX = '/__zoom/launch/';

const attributes = `Path=${HOME_PATH}; HttpOnly; SameSite=Lax`;

export const setLaunchCookie = (launchId: string) => `${LAUNCH_COOKIE}=${encodeURIComponent(launchId)}; Max-Age=${LAUNCH_TTL_MS / 1000}; ${attributes}`;

export const clearLaunchCookie = () => `${LAUNCH_COOKIE}=; Max-Age=0; ${attributes}`;

/** Takes the launch cookie out of a request's headers, so the request reaches the BFF as Zoom's would. */
export function takeLaunchCookie(headers: IncomingHttpHeaders): string | undefined {
  const pairs = parseCookieHeader(headers.cookie);
  const launch = pairs.find((pair) => pair.name === LAUNCH_COOKIE);
  if (!launch) return undefined;
  const rest = pairs.filter((pair) => pair.name !== LAUNCH_COOKIE);
  if (rest.length > 0) headers.cookie = formatCookieHeader(rest);
  else delete headers.cookie;
  return decodeURIComponent(launch.value);
}
