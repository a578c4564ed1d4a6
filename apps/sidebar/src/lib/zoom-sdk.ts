// The only module that imports @zoom/appssdk: components use this API or the useZoom hook.
import type * as ZoomSdkModule from '@zoom/appssdk';
import type {
  Apis,
  AuthorizeOptions,
  GetMeetingContextResponse,
  GetMeetingParticipantsResponse,
  GetUserContextResponse,
  OnAuthorizedEvent,
  OnExpandAppEvent,
  OnMeetingEvent,
  OnParticipantChangeEvent,
  OnParticipantEmailEvent,
  OnRTMSStatusChangeEvent,
  RunningContext,
} from '@zoom/appssdk';
import { ZOOM_APP_SDK_APIS } from '@c360/contracts';

// The list the app asks for; each must also be enabled for the app in the Zoom Marketplace.
const CAPABILITIES: Apis[] = [...ZOOM_APP_SDK_APIS];

export type ExpandAction = 'expand' | 'collapse';

export type ZoomStatus =
  | { inZoom: false; reason: 'not-embedded' | 'config-failed'; error?: string }
  | { inZoom: true; runningContext: RunningContext; clientVersion: string; unsupportedApis: Apis[] };

let configured: Promise<ZoomStatus> | undefined;
// The module namespace, set once config succeeded. Never the default export itself in a promise:
// that is a Proxy that looks like a thenable.
let sdk: typeof ZoomSdkModule | undefined;

export function isEmbedded(): boolean {
  return window.self !== window.top;
}

/** Configures the SDK once per page; every later caller shares that result. */
export function initZoom(): Promise<ZoomStatus> {
  configured ??= configure();
  return configured;
}

async function configure(): Promise<ZoomStatus> {
  // A top-level page has no Zoom client to answer, so config would only wait for its timeout.
  if (!isEmbedded()) return { inZoom: false, reason: 'not-embedded' };
  try {
    // Loaded on demand so the first screen renders while the SDK (~15 kB gzip) arrives.
    const loaded = await import('@zoom/appssdk');
    const { runningContext, clientVersion, unsupportedApis } = await loaded.default.config({
      capabilities: CAPABILITIES,
    });
    sdk = loaded;
    return { inZoom: true, runningContext, clientVersion, unsupportedApis };
  } catch (error) {
    return { inZoom: false, reason: 'config-failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Pops the app out of the side panel or back in; false when that was not possible. */
export async function expandApp(action: ExpandAction): Promise<boolean> {
  await initZoom();
  if (!sdk) return false;
  try {
    await sdk.default.expandApp({ action });
    return true;
  } catch {
    return false;
  }
}

/** The user can also pop the app out or in from Zoom's own window controls. */
export function onExpandChange(listener: (expanded: boolean) => void): () => void {
  const zoomSdk = sdk?.default;
  // Without a configured SDK no event can arrive.
  if (!zoomSdk) return () => undefined;
  const handler = (event: OnExpandAppEvent): void => listener(event.action === 'expand');
  zoomSdk.addEventListener('onExpandApp', handler);
  return () => zoomSdk.removeEventListener('onExpandApp', handler);
}

export type ZoomUserContext = GetUserContextResponse;
export type ZoomParticipant = GetMeetingParticipantsResponse['participants'][number];
export type ParticipantChangeEvent = OnParticipantChangeEvent;
export type AuthorizedEvent = OnAuthorizedEvent;
export type ParticipantEmailEvent = OnParticipantEmailEvent;
export type MeetingContext = GetMeetingContextResponse;

/** Thrown when the SDK is not configured (outside Zoom, or config failed). */
export class ZoomUnavailableError extends Error {
  override name = 'ZoomUnavailableError';
}

// Resolves to the module namespace, never to the default export (a thenable-looking Proxy).
async function configuredSdk(): Promise<typeof ZoomSdkModule> {
  await initZoom();
  if (!sdk) throw new ZoomUnavailableError('The Zoom Apps SDK is not available here.');
  return sdk;
}

/** Who the user is in this meeting; there is never an email here. */
export async function getUserContext(): Promise<ZoomUserContext> {
  return (await configuredSdk()).default.getUserContext();
}

export async function getMeetingUUID(): Promise<string> {
  return (await (await configuredSdk()).default.getMeetingUUID()).meetingUUID;
}

/** Host and co-hosts only: Zoom rejects anyone else's call (the error carries Zoom's code). */
export async function getMeetingParticipants(): Promise<ZoomParticipant[]> {
  return (await (await configuredSdk()).default.getMeetingParticipants()).participants;
}

/** Host and co-hosts only: the meeting's topic and number. */
export async function getMeetingContext(): Promise<MeetingContext> {
  return (await configuredSdk()).default.getMeetingContext();
}

/**
 * Asks Zoom for the participants' e-mails; each one arrives later through onParticipantEmail, once that
 * participant consented. `reasonForAsking` is shown to them in the consent prompt.
 */
export async function requestParticipantEmails(reasonForAsking: string): Promise<void> {
  await (await configuredSdk()).default.getMeetingParticipantsEmail({ reasonForAsking });
}

/** The encrypted app context, for the BFF to verify (notes/zoom-platform.md §2). */
export async function getAppContext(): Promise<string> {
  return (await (await configuredSdk()).default.getAppContext()).context;
}

/** Starts in-client OAuth; the code arrives later through onAuthorized. */
export async function authorize(options: AuthorizeOptions): Promise<void> {
  await (await configuredSdk()).default.authorize(options);
}

/**
 * Opens Zoom's own dialog for choosing participants to invite to the app; Zoom sends the invitations,
 * so the app learns nothing of who was chosen. Not for guests (Zoom rejects their call).
 */
export async function showAppInvitationDialog(): Promise<void> {
  await (await configuredSdk()).default.showAppInvitationDialog();
}

function subscribe<E>(
  event: 'onParticipantChange' | 'onParticipantEmail' | 'onAuthorized' | 'onMeeting' | 'onRTMSStatusChange',
  listener: (data: E) => void,
): () => void {
  const zoomSdk = sdk?.default;
  if (!zoomSdk) return () => undefined;
  const handler = (data: E): void => listener(data);
  zoomSdk.addEventListener(event, handler);
  return () => zoomSdk.removeEventListener(event, handler);
}

/** Joins and leaves, for the host and co-hosts; Zoom may deliver the same change twice. */
export const onParticipantChange = (listener: (event: ParticipantChangeEvent) => void) => subscribe<ParticipantChangeEvent>('onParticipantChange', listener);

/** One participant's e-mail, or why there is none (no consent, not signed in to Zoom). */
export const onParticipantEmail = (listener: (event: ParticipantEmailEvent) => void) => subscribe<ParticipantEmailEvent>('onParticipantEmail', listener);

export const onAuthorized = (listener: (event: AuthorizedEvent) => void) => subscribe<AuthorizedEvent>('onAuthorized', listener);

/**
 * The meeting ended (Zoom's `onMeeting` with action `ended`); the app keeps running in Zoom's main window,
 * so the sidebar can finish the after-call log. Subscribe once `initZoom` has resolved.
 */
export const onMeetingEnded = (listener: () => void) =>
  subscribe<OnMeetingEvent>('onMeeting', (event) => {
    if (event.action === 'ended') listener();
  });

export type RtmsStatus = OnRTMSStatusChangeEvent['status'];

/** Zoom answers `{message: 'Failure'}` rather than rejecting in some cases: both throw. */
const rtmsCall = (api: 'startRTMS' | 'pauseRTMS' | 'resumeRTMS' | 'stopRTMS') => async (): Promise<void> => {
  const { message } = await (await configuredSdk()).default[api]();
  if (message !== 'Success') throw new Error(message);
};

/** Starts sending the meeting's content to this app (Realtime Media Streams): Zoom then tells the BFF, which follows the transcript. */
export const startRTMS = rtmsCall('startRTMS');
/** Holds the stream (nothing said meanwhile is sent) until resumeRTMS; everyone's sidebar shows it paused. */
export const pauseRTMS = rtmsCall('pauseRTMS');
export const resumeRTMS = rtmsCall('resumeRTMS');
export const stopRTMS = rtmsCall('stopRTMS');

/** This app's stream status in the meeting, as the Zoom client shows it; 'stopped' when there is none. */
export async function getRTMSStatus(): Promise<RtmsStatus> {
  const { rtmsStatus } = await (await configuredSdk()).default.getRTMSStatus();
  return rtmsStatus.at(-1)?.status ?? 'stopped';
}

/** The stream of this app started, paused, resumed or stopped (by this sidebar, another one or Zoom). */
export const onRTMSStatusChange = (listener: (status: RtmsStatus) => void) =>
  subscribe<OnRTMSStatusChangeEvent>('onRTMSStatusChange', (event) => listener(event.status));
