// @ts-check
// Answers the real @zoom/appssdk inside the app's iframe the way the Zoom web client does
// (notes/zoom-platform.md §6): string JSON in, structured objects back, events only after config.

/**
 * @import { MeetingParticipant } from '../../src/meetings/meeting-records.ts'
 * @import { MeetingSnapshot } from '../../src/client/meeting-snapshot.ts'
 * @import { InviteDialogOptions } from './invite-dialog.js'
 * @import { RtmsStreamView } from '../../src/rtms/rtms-router.ts'
 */

/**
 * The page's current view and actions, as the bridge asks for them.
 * @typedef {object} SandboxClient
 * @property {() => MeetingParticipant} me
 * @property {() => MeetingSnapshot | undefined} meeting
 * @property {() => string} userStatus
 * @property {() => Promise<unknown>} appContext
 * @property {(codeChallenge: string) => Promise<Record<string, unknown>>} authorize
 * @property {(expanded: boolean) => void} setExpanded
 * @property {(url: unknown) => void} openUrl
 * @property {(options: InviteDialogOptions) => void} showInvitationDialog
 * @property {(action: 'start' | 'pause' | 'resume' | 'stop') => Promise<unknown>} setRtms starts, pauses, resumes or stops the app's realtime media stream
 * @property {() => Promise<RtmsStreamView[]>} rtmsStreams the meeting's streams of the app, oldest first
 */
/** @typedef {Record<string, unknown> | undefined} CallData what the app passed to an API (parsed JSON) */
/** @typedef {{ jsCallId?: unknown, apiName: string, data?: CallData }} SdkCall */
/** @typedef {ReturnType<typeof createSdkBridge>} SdkBridge */

const CLIENT_VERSION = '6.3.0';
// The sandbox's codes; the SDK rejects with an error whose `.code` is this value.
const NO_PERMISSION = 10_002;
const NOT_IN_CAPABILITIES = 10_003;
const UNSUPPORTED = 10_004;
const FAILED = 10_005;
// Zoom's own codes for showAppInvitationDialog's options.
const HEADING_TOO_LONG = 10_257;
const MESSAGE_TOO_LONG = 10_258;

const SDK_ROLE = { host: 'host', cohost: 'coHost', attendee: 'attendee' };
// How Zoom names the app in RTMS statuses: its Marketplace name.
const APP_DISPLAY_NAME = 'Customer 360 for Zoom';

class ZoomError extends Error {
  /** @param {number} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** @param {MeetingParticipant} me */
const canSeeRoster = (me) => me.role === 'host' || me.role === 'cohost';

// What Zoom reports for someone whose e-mail it will not share.
const NO_EMAIL = 'The participant has not shared a verified e-mail address.';

/** @param {MeetingParticipant} me @param {string} apiName */
function requireHost(me, apiName) {
  if (!canSeeRoster(me)) throw new ZoomError(NO_PERMISSION, `No permission: ${apiName} is for the host and co-hosts.`);
}

/**
 * `client` gives the page's current view: me(), meeting(), userStatus(), launchId(), and actions:
 * appContext(), authorize(codeChallenge), setExpanded(action), openUrl(url), showInvitationDialog(options).
 * @param {{ frame: HTMLIFrameElement, appOrigin: string, client: SandboxClient }} options
 */
export function createSdkBridge({ frame, appOrigin, client }) {
  /** @type {string[] | undefined} */
  let capabilities;

  /** @param {unknown} message */
  const post = (message) => frame.contentWindow?.postMessage(message, appOrigin);
  /** @param {unknown} data */
  const reply = (data) => post({ type: 'apiResponse', data });
  /** @param {string} name @param {unknown} data */
  const emit = (name, data) => {
    if (capabilities?.includes(name)) post({ type: 'event', name, data });
  };

  // After the meeting ends Zoom keeps the app running in its main window.
  const runningContext = () => (client.meeting()?.ended ? 'inMainClient' : 'inMeeting');

  // A meeting API is called only once the page has joined: the meeting is there.
  const meeting = () => {
    const current = client.meeting();
    if (!current) throw new ZoomError(FAILED, 'The sandbox client has not joined the meeting yet.');
    return current;
  };

  /**
   * startRTMS/pauseRTMS/resumeRTMS/stopRTMS (notes/zoom-rtms.md §1): any participant signed in to Zoom, never a
   * guest; Zoom answers Success or Failure rather than an error once the call itself is allowed.
   * @param {'start' | 'pause' | 'resume' | 'stop'} action
   */
  const setRtms = async (action) => {
    const apiName = `${action}RTMS`;
    if (client.me().guest) throw new ZoomError(NO_PERMISSION, `No permission: ${apiName} is not for guests.`);
    // The client answers the bare word; the Apps SDK wraps it as `{message}` (its mapOutput for these APIs).
    if (meeting().ended) return 'Failure';
    return client.setRtms(action).then(
      () => 'Success',
      () => 'Failure',
    );
  };

  /** @type {Record<string, (data: CallData) => unknown>} */
  const handlers = {
    config: (data) => {
      capabilities = Array.isArray(data?.js_api_lists) ? data.js_api_lists : [];
      return {
        runningContext: runningContext(),
        clientVersion: CLIENT_VERSION,
        unsupportedApis: [],
        auth: { status: client.userStatus(), upgradable: true },
        product: 'desktop',
      };
    },
    getRunningContext: () => ({ context: runningContext() }),
    getUserContext: () => {
      const me = client.me();
      return {
        screenName: me.screenName,
        participantId: String(me.participantId),
        participantUUID: me.participantUUID,
        role: SDK_ROLE[me.role],
        status: client.userStatus(),
      };
    },
    getMeetingUUID: () => ({ meetingUUID: meeting().meetingUUID }),
    getMeetingContext: () => {
      requireHost(client.me(), 'getMeetingContext');
      const { topic, meetingID } = meeting();
      return { meetingTopic: topic, meetingID: String(meetingID) };
    },
    getMeetingParticipants: () => {
      requireHost(client.me(), 'getMeetingParticipants');
      return {
        participants: meeting().participants.map((participant) => ({
          screenName: participant.screenName,
          participantUUID: participant.participantUUID,
          participantId: String(participant.participantId),
          role: participant.role,
        })),
      };
    },
    getMeetingParticipantsEmail: (data) => {
      if (client.me().guest) throw new ZoomError(NO_PERMISSION, 'No permission: getMeetingParticipantsEmail is not for guests.');
      if (typeof data?.reasonForAsking !== 'string' || data.reasonForAsking.trim() === '') {
        throw new ZoomError(FAILED, 'getMeetingParticipantsEmail needs a reasonForAsking.');
      }
      // Zoom answers at once; each participant's answer to the consent prompt arrives later, one event
      // each. The sandbox simulates everyone consenting: whoever joined with an e-mail shares it.
      setTimeout(() => {
        for (const participant of meeting().participants) {
          const answer = participant.email ? { participantEmail: participant.email } : { errorMessage: NO_EMAIL };
          emit('onParticipantEmail', { participantUUID: participant.participantUUID, ...answer, timestamp: Math.floor(Date.now() / 1000) });
        }
      });
      return { message: 'Success' };
    },
    getAppContext: () => client.appContext(),
    authorize: (data) => {
      if (typeof data?.codeChallenge !== 'string' || data.codeChallenge === '') {
        throw new ZoomError(FAILED, 'authorize needs a codeChallenge.');
      }
      // Zoom answers at once and delivers the code later through onAuthorized.
      const { codeChallenge, state } = data;
      setTimeout(() => {
        client.authorize(codeChallenge).then(
          (granted) => emit('onAuthorized', { ...granted, result: true, state }),
          () => emit('onAuthorized', { code: '', redirectUri: '', result: false, state, timestamp: Math.floor(Date.now() / 1000) }),
        );
      });
      return 'Success';
    },
    expandApp: (data) => {
      client.setExpanded(data?.action === 'expand');
      return { message: 'Success' };
    },
    openUrl: (data) => {
      client.openUrl(data?.url);
      return { message: 'Success' };
    },
    // Zoom answers once its participant picker is up; the invitations go out from there, unseen by the app.
    showAppInvitationDialog: (data) => {
      if (client.me().guest) throw new ZoomError(NO_PERMISSION, 'No permission: showAppInvitationDialog is not for guests.');
      if (meeting().ended) throw new ZoomError(FAILED, 'There is no meeting to invite to: it has ended.');
      const { dialogHeading, dialogButtonText, messageText } = data ?? {};
      if (typeof dialogHeading === 'string' && dialogHeading.length > 40) throw new ZoomError(HEADING_TOO_LONG, 'DialogHeading is more than 40 characters.');
      if (typeof messageText === 'string' && messageText.length > 90) throw new ZoomError(MESSAGE_TOO_LONG, 'MessageText is more than 90 characters.');
      client.showInvitationDialog({
        ...(typeof dialogHeading === 'string' ? { heading: dialogHeading } : {}),
        ...(typeof dialogButtonText === 'string' ? { buttonText: dialogButtonText } : {}),
      });
      return { message: 'Success' };
    },
    startRTMS: () => setRtms('start'),
    pauseRTMS: () => setRtms('pause'),
    resumeRTMS: () => setRtms('resume'),
    stopRTMS: () => setRtms('stop'),
    getRTMSStatus: async () => {
      if (client.me().guest) throw new ZoomError(NO_PERMISSION, 'No permission: getRTMSStatus is not for guests.');
      const streams = await client.rtmsStreams();
      return {
        rtmsStatus: streams.map((stream) => ({
          rtmsSessionId: stream.rtmsSessionId,
          displayName: APP_DISPLAY_NAME,
          status: stream.status,
          timestamp: Math.floor(stream.changedAt / 1000),
        })),
      };
    },
  };

  /** @param {SdkCall} call */
  async function answer(call) {
    const handler = handlers[call.apiName];
    if (!handler) throw new ZoomError(UNSUPPORTED, `${call.apiName} is not available in the sandbox client.`);
    if (call.apiName !== 'config') {
      if (!capabilities) throw new ZoomError(FAILED, 'Call config first.');
      if (!capabilities.includes(call.apiName)) throw new ZoomError(NOT_IN_CAPABILITIES, `${call.apiName} is not in the app's capabilities.`);
    }
    return handler(call.data);
  }

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin || typeof event.data !== 'string') return;
    /** @type {SdkCall | null} */
    let call;
    try {
      call = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!call || call.jsCallId === undefined || typeof call.apiName !== 'string') return;
    const { jsCallId } = call;
    answer(call).then(
      (result) => reply({ jsCallId, result }),
      (error) => reply({ jsCallId, errorCode: error.code ?? FAILED, errorMessage: error.message }),
    );
  });

  return {
    /** A new app page in the frame: it must call config again before it gets events. */
    reset() {
      capabilities = undefined;
    },
    /** Zoom sends join/leave to the host and co-hosts only, and sometimes sends a join twice. */
    /** @param {'join' | 'leave'} status @param {MeetingParticipant} participant */
    participantChange(status, participant) {
      if (!canSeeRoster(client.me())) return;
      const data = {
        timestamp: Math.floor(Date.now() / 1000),
        participants: [
          {
            status,
            screenName: participant.screenName,
            participantUUID: participant.participantUUID,
            participantId: participant.participantId,
            role: participant.role,
          },
        ],
      };
      emit('onParticipantChange', data);
      if (status === 'join') emit('onParticipantChange', data);
    },
    /** The host ended the meeting: every participant's app hears it, then moves to the main client. */
    meetingEnded() {
      emit('onMeeting', { action: 'ended', timestamp: Math.floor(Date.now() / 1000) });
      emit('onRunningContextChange', { runningContext: 'inMainClient', timestamp: Math.floor(Date.now() / 1000) });
    },
    /** The app's stream started, paused, resumed or stopped: every participant's app hears it. */
    /** @param {{ status: 'started' | 'paused' | 'resumed' | 'stopped', rtmsSessionId: string, timestamp: number }} change */
    rtmsStatusChanged({ status, rtmsSessionId, timestamp }) {
      emit('onRTMSStatusChange', { rtmsSessionId, displayName: APP_DISPLAY_NAME, status, timestamp: Math.floor(timestamp / 1000) });
    },
    /** @param {boolean} expanded */
    expandChanged(expanded) {
      emit('onExpandApp', { action: expanded ? 'expand' : 'collapse' });
    },
  };
}
