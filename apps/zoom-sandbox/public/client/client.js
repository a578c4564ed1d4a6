// @ts-check
import { api, meetingPath } from './api.js';
import { createAppPanel } from './app-panel.js';
import { byId } from './dom.js';
import { createInviteDialog } from './invite-dialog.js';
import { renderMeeting } from './meeting-view.js';
import { createSdkBridge } from './sdk-bridge.js';
import { createSpeechPanel } from './speech-panel.js';

/**
 * @import { ClientPageBoot } from '../../src/client/client-page.ts'
 * @import { MeetingSnapshot } from '../../src/client/meeting-snapshot.ts'
 * @import { MeetingChange, MeetingParticipant } from '../../src/meetings/meeting-records.ts'
 * @import { RtmsStreamView } from '../../src/rtms/rtms-router.ts'
 * @import { MeetingActions } from './meeting-view.js'
 * @import { SdkBridge } from './sdk-bridge.js'
 */

/** @type {ClientPageBoot} */
const boot = JSON.parse(byId('zc-boot').textContent ?? '');
/**
 * The page's state: who I am and the meeting, from joining on (main) and the event stream after.
 * @type {{ me: MeetingParticipant | undefined, meeting: MeetingSnapshot | undefined, installed: boolean, renaming: string | undefined }}
 */
const view = { me: undefined, meeting: undefined, installed: false, renaming: undefined };
const status = byId('zc-status');

/** Me, once joined: nothing asks before main() has joined. */
const me = () => {
  if (!view.me) throw new Error('The client has not joined the meeting yet.');
  return view.me;
};

/** @param {string} message */
const say = (message) => {
  status.textContent = message;
};
/** @param {unknown} error */
const failed = (error) => say(error instanceof Error ? error.message : String(error));

/** @type {MeetingActions} */
const actions = {
  startRename(participant) {
    view.renaming = participant.participantUUID;
    render();
  },
  rename(participant, screenName) {
    view.renaming = undefined;
    api.patch(meetingPath(boot.meetingUuid, `/participants/${participant.participantUUID}`), { screenName }).catch(failed);
  },
  setRole(participant, role) {
    api.patch(meetingPath(boot.meetingUuid, `/participants/${participant.participantUUID}`), { role }).catch(failed);
  },
  remove(participant) {
    api.delete(meetingPath(boot.meetingUuid, `/participants/${participant.participantUUID}`)).catch(failed);
  },
};

const speech = createSpeechPanel({ meetingUuid: boot.meetingUuid, report: say });

function render() {
  if (!view.meeting) return;
  renderMeeting(view.meeting, me(), actions, view.renaming);
  speech.render(view.meeting);
}

const inviteDialog = createInviteDialog({
  meeting: () => view.meeting,
  me,
  async send(participantUuids) {
    try {
      const sent = /** @type {{ invitedUserCount: number }} */ (
        await api.post(meetingPath(boot.meetingUuid, '/invitations'), { from: me().participantUUID, to: participantUuids })
      );
      say(`Invited ${sent.invitedUserCount} ${sent.invitedUserCount === 1 ? 'participant' : 'participants'} to Customer 360.`);
    } catch (error) {
      failed(error);
    }
  },
});

// Set once the app panel exists; the bridge and the panel need each other.
/** @type {SdkBridge} */
let bridge;
const panel = createAppPanel({ boot, me, bridge: () => bridge });

bridge = createSdkBridge({
  frame: panel.frame,
  appOrigin: boot.appOrigin,
  client: {
    me,
    meeting: () => view.meeting,
    userStatus: () => (me().guest ? 'unauthenticated' : view.installed ? 'authorized' : 'authenticated'),
    appContext: () => api.get(`/client/api/app-context?launch=${encodeURIComponent(panel.launchId() ?? '')}`),
    async authorize(codeChallenge) {
      const granted = /** @type {Record<string, unknown>} */ (await api.post('/client/api/authorize', { launch: panel.launchId(), codeChallenge }));
      view.installed = true;
      return granted;
    },
    setExpanded: (expanded) => panel.setExpanded(expanded),
    openUrl: (url) => {
      if (typeof url === 'string' && /^https?:/.test(url)) window.open(url, '_blank', 'noopener');
    },
    showInvitationDialog: (options) => inviteDialog.show(options),
    setRtms: (action) => api.post(meetingPath(boot.meetingUuid, '/rtms'), { action, participantUuid: me().participantUUID }),
    rtmsStreams: async () => /** @type {{ streams: RtmsStreamView[] }} */ (await api.get(meetingPath(boot.meetingUuid, '/rtms'))).streams,
  },
});

/** Zoom shows the invitee who invited them, with Open (the app) and Ignore. @param {MeetingParticipant} from */
function showInvitation(from) {
  byId('zc-invitation-text').textContent = `${from.screenName} invited you to Customer 360.`;
  byId('zc-invitation').hidden = false;
}

/** @param {{ change: MeetingChange, meeting: MeetingSnapshot }} message */
function applyChange({ change, meeting }) {
  view.meeting = meeting;
  view.me = meeting.participants.find((participant) => participant.participantUUID === me().participantUUID) ?? view.me;
  if (change.type === 'join' || change.type === 'leave') bridge.participantChange(change.type, change.participant);
  if (change.type === 'invite' && change.participant.participantUUID === me().participantUUID) showInvitation(change.from);
  if (change.type === 'rtms') bridge.rtmsStatusChanged(change);
  // As in Zoom, the app is told and keeps running (in the main client) to finish the after-call work.
  if (change.type === 'ended') {
    bridge.meetingEnded();
    say('The host ended the meeting.');
  }
  render();
}

function listen() {
  const events = new EventSource(meetingPath(boot.meetingUuid, '/events'));
  events.addEventListener('snapshot', (event) => {
    view.meeting = JSON.parse(event.data);
    render();
  });
  events.addEventListener('change', (event) => applyChange(JSON.parse(event.data)));
}

function wireControls() {
  const participantsButton = byId('zc-participants-button');
  participantsButton.addEventListener('click', () => {
    const panelElement = byId('zc-participants-panel');
    panelElement.hidden = !panelElement.hidden;
    participantsButton.setAttribute('aria-pressed', String(!panelElement.hidden));
  });
  const form = byId('zc-add-form', HTMLFormElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    api.post(meetingPath(boot.meetingUuid, '/participants'), { screenName: data.get('screenName'), email: data.get('email') }).then(() => form.reset(), failed);
  });
  const myRole = byId('zc-my-role', HTMLSelectElement);
  myRole.addEventListener('change', () => {
    api.patch(meetingPath(boot.meetingUuid, `/participants/${me().participantUUID}`), { role: myRole.value }).catch(failed);
  });
  byId('zc-end-button').addEventListener('click', () => {
    api.post(meetingPath(boot.meetingUuid, '/end')).catch(failed);
  });
  byId('zc-invitation-open').addEventListener('click', () => {
    byId('zc-invitation').hidden = true;
    if (!panel.isOpen()) void panel.open().catch(failed);
  });
  byId('zc-invitation-ignore').addEventListener('click', () => {
    byId('zc-invitation').hidden = true;
  });
  byId('zc-new-meeting').addEventListener('click', () => {
    api.post('/client/api/meetings', { userId: boot.userId }).then((started) => {
      const { meetingUUID } = /** @type {MeetingSnapshot} */ (started);
      // A new window for the new meeting, as Zoom opens one, with its starter as host and the app open again.
      const query = new URLSearchParams({ user: boot.userId, role: 'host', meeting: meetingUUID, open: '1' });
      window.location.assign(`/client?${query}`);
    }, failed);
  });
  byId('zc-app-expand').addEventListener('click', () => {
    const expanded = !byId('zc-app-panel').classList.contains('zc-app--expanded');
    panel.setExpanded(expanded);
    bridge.expandChanged(expanded);
  });
}

async function main() {
  const joined = /** @type {{ me: MeetingParticipant, meeting: MeetingSnapshot, installed: boolean }} */ (
    await api.post('/client/api/join', { meetingUuid: boot.meetingUuid, userId: boot.userId, role: boot.role })
  );
  Object.assign(view, { me: joined.me, meeting: joined.meeting, installed: joined.installed });
  render();
  wireControls();
  listen();
  document.body.dataset.ready = 'true';
  if (boot.openApp && !joined.meeting.ended) await panel.open();
}

main().catch(failed);
