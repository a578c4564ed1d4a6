// Answers the real @zoom/appssdk inside the app's iframe the way the Zoom web client does
// (notes/zoom-platform.md §6): string JSON in, structured objects back, events only after config.

const CLIENT_VERSION = '6.3.0';
// The sandbox's codes; the SDK rejects with an error whose `.code` is this value.
const NO_PERMISSION = 10_002;
const NOT_IN_CAPABILITIES = 10_003;
const UNSUPPORTED = 10_004;
const FAILED = 10_005;

const SDK_ROLE = { host: 'host', cohost: 'coHost', attendee: 'attendee' };

class ZoomError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const canSeeRoster = (me) => me.role === 'host' || me.role === 'cohost';

// What Zoom reports for someone whose e-mail it will not share.
const NO_EMAIL = 'The participant has not shared a verified e-mail address.';

function requireHost(me, apiName) {
  if (!canSeeRoster(me)) throw new ZoomError(NO_PERMISSION, `No permission: ${apiName} is for the host and co-hosts.`);
}

/**
 * `client` gives the page's current view: me(), meeting(), userStatus(), launchId(), and actions:
 * appContext(), authorize(codeChallenge), setExpanded(action), openUrl(url).
 */
export function createSdkBridge({ frame, appOrigin, client }) {
  let capabilities;

  const post = (message) => frame.contentWindow?.postMessage(message, appOrigin);
  const reply = (data) => post({ type: 'apiResponse', data });
  const emit = (name, data) => {
    if (capabilities?.includes(name)) post({ type: 'event', name, data });
  };

  // After the meeting ends Zoom keeps the app running in its main window.
  const runningContext = () => (client.meeting()?.ended ? 'inMainClient' : 'inMeeting');

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
    getMeetingUUID: () => ({ meetingUUID: client.meeting().meetingUUID }),
    getMeetingContext: () => {
      requireHost(client.me(), 'getMeetingContext');
      const meeting = client.meeting();
      return { meetingTopic: meeting.topic, meetingID: String(meeting.meetingID) };
    },
    getMeetingParticipants: () => {
      requireHost(client.me(), 'getMeetingParticipants');
      return {
        participants: client.meeting().participants.map((participant) => ({
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
        for (const participant of client.meeting().participants) {
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
      setTimeout(() => {
        client.authorize(data.codeChallenge).then(
          (granted) => emit('onAuthorized', { ...granted, result: true, state: data.state }),
          () => emit('onAuthorized', { code: '', redirectUri: '', result: false, state: data.state, timestamp: Math.floor(Date.now() / 1000) }),
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
  };

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
    let call;
    try {
      call = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!call || call.jsCallId === undefined || typeof call.apiName !== 'string') return;
    answer(call).then(
      (result) => reply({ jsCallId: call.jsCallId, result }),
      (error) => reply({ jsCallId: call.jsCallId, errorCode: error.code ?? FAILED, errorMessage: error.message }),
    );
  });

  return {
    /** A new app page in the frame: it must call config again before it gets events. */
    reset() {
      capabilities = undefined;
    },
    /** Zoom sends join/leave to the host and co-hosts only, and sometimes sends a join twice. */
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
    expandChanged(expanded) {
      emit('onExpandApp', { action: expanded ? 'expand' : 'collapse' });
    },
  };
}
