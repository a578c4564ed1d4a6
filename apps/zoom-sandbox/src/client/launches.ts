import type { LaunchIdentity } from '../app-context/build-app-context.ts';
import { randomToken } from '../state/random-token.ts';

/** The embedded browser must load the launch URL within this time, as the cookie it sets lives as long. */
export const LAUNCH_TTL_MS = 60_000;

/** One opening of the app in a client page: who opened it, in which meeting, in which role. */
export interface Launch extends LaunchIdentity {
  id: string;
  /** The page's Zoom user, even for a guest (in-client OAuth authorizes this user). */
  zoomUserId: string;
  participantUUID: string;
  createdAt: number;
  /** The iframe followed the launch URL; it cannot be used to start another Home URL load. */
  redeemed: boolean;
}

export type Launches = Map<string, Launch>;

export function createLaunch(launches: Launches, input: Omit<Launch, 'id' | 'redeemed'>): Launch {
  const launch: Launch = { ...input, id: randomToken(18), redeemed: false };
  launches.set(launch.id, launch);
  return launch;
}

/** Single use and short-lived: a leaked launch URL cannot mint a context later or twice. */
export function redeemLaunch(launches: Launches, id: string, now: number): Launch | undefined {
  const launch = launches.get(id);
  if (!launch || launch.redeemed || now - launch.createdAt > LAUNCH_TTL_MS) return undefined;
  launch.redeemed = true;
  return launch;
}

/** A redeemed launch stays usable by its page (getAppContext, authorize) for as long as the page is open. */
export const findLaunch = (launches: Launches, id: string | undefined) => (id ? launches.get(id) : undefined);
