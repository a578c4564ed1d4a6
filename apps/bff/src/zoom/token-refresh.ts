import { deleteZoomInstallation, findZoomInstallationTokens, isAppError, now, renewZoomInstallationTokens, type ZoomTokenSet } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Config } from '../config.ts';
import { reauthorizeError, refreshTokens } from './oauth-client.ts';
import { tokenBoxOf, toTokenSet } from './token-box.ts';

export interface ZoomDeps {
  config: Config;
  prisma: PrismaClient;
}

/** Refresh a little early, so a token never expires between our check and Zoom's. */
export const REFRESH_MARGIN_MS = 60_000;

// One refresh at a time per user and store in this process; other processes are held off by the row lock.
const flights = new WeakMap<PrismaClient, Map<string, Promise<string>>>();

const notInstalled = () => reauthorizeError('The app is not installed for this Zoom user. Install it from the Zoom Marketplace.');

const usable = (tokens: ZoomTokenSet, rejected: string | undefined, now: number) =>
  tokens.accessToken !== rejected && tokens.accessExpiresAt.getTime() - now > REFRESH_MARGIN_MS;

/**
 * Refreshes under the installation's row lock, re-checking there: when another process rotated the
 * tokens while we waited, its fresh access token is used and no second refresh happens. A refresh token
 * Zoom refuses means the grant is gone: the tokens are deleted and the user must authorize again.
 */
export async function renewAccessToken(deps: ZoomDeps, zoomUserId: string, rejected?: string): Promise<string> {
  let renewed: ZoomTokenSet | null;
  try {
    renewed = await renewZoomInstallationTokens(deps.prisma, tokenBoxOf(deps.config), zoomUserId, async (current) =>
      usable(current, rejected, now().getTime()) ? undefined : toTokenSet(await refreshTokens(deps.config, current.refreshToken)),
    );
  } catch (error) {
    if (isAppError(error) && error.details?.reauthorize === true) await deleteZoomInstallation(deps.prisma, zoomUserId);
    throw error;
  }
  if (!renewed) throw notInstalled();
  return renewed.accessToken;
}

async function accessTokenOf(deps: ZoomDeps, zoomUserId: string, rejected: string | undefined): Promise<string> {
  const stored = await findZoomInstallationTokens(deps.prisma, tokenBoxOf(deps.config), zoomUserId);
  if (!stored) throw notInstalled();
  if (usable(stored, rejected, now().getTime())) return stored.accessToken;
  return renewAccessToken(deps, zoomUserId, rejected);
}

/**
 * A usable access token for the user: the stored one, or a refreshed one when it expires within a
 * minute or Zoom just rejected it (`rejected`). Concurrent callers for one user share one refresh.
 */
export async function zoomAccessToken(deps: ZoomDeps, zoomUserId: string, options: { rejected?: string } = {}): Promise<string> {
  let running = flights.get(deps.prisma);
  if (!running) flights.set(deps.prisma, (running = new Map()));
  const inFlight = running.get(zoomUserId);
  if (inFlight) {
    const token = await inFlight;
    // A flight that started before Zoom rejected this token may have returned that very token.
    if (token !== options.rejected) return token;
  }
  const flight = accessTokenOf(deps, zoomUserId, options.rejected).finally(() => {
    if (running.get(zoomUserId) === flight) running.delete(zoomUserId);
  });
  running.set(zoomUserId, flight);
  return flight;
}
