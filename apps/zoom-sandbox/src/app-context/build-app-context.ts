import type { SandboxConfig } from '../config.ts';
import type { AppContextPayload } from './encrypt-app-context.ts';
import { encryptAppContext } from './encrypt-app-context.ts';

/** Zoom's app context lives about two minutes. */
export const APP_CONTEXT_TTL_MS = 2 * 60 * 1000;

export type MeetingRoleName = 'host' | 'cohost' | 'attendee';

export interface LaunchIdentity {
  /** The Zoom user id; undefined for a guest, whose context carries no `uid`. */
  uid?: string;
  meetingUuid?: string;
  role: MeetingRoleName;
  act?: string;
}

// Zoom names meeting roles differently in the context than in the SDK's participant lists.
const ATTEND_ROLE: Record<MeetingRoleName, AppContextPayload['attendrole']> = {
  host: 'host',
  cohost: 'co-host',
  attendee: 'participant',
};

export function appContextPayload(config: SandboxConfig, identity: LaunchIdentity, now: number): AppContextPayload {
  return {
    typ: identity.meetingUuid ? 'meeting' : 'panel',
    ...(identity.uid ? { uid: identity.uid } : {}),
    ...(identity.meetingUuid ? { mid: identity.meetingUuid } : {}),
    ts: now,
    exp: now + APP_CONTEXT_TTL_MS,
    attendrole: ATTEND_ROLE[identity.role],
    iss: 'marketplace.zoom.us',
    aud: config.ZOOM_CLIENT_ID,
    entitlements: [],
    ...(identity.act !== undefined ? { act: identity.act } : {}),
  };
}

/** A fresh encrypted context, as the client sends on every Home URL load and `getAppContext()`. */
export function freshAppContext(config: SandboxConfig, identity: LaunchIdentity, now: number = Date.now()): string {
  return encryptAppContext(appContextPayload(config, identity, now), config.ZOOM_CLIENT_SECRET);
}
