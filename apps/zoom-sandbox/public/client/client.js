import { api, meetingPath } from './api.js';
import { createAppPanel } from './app-panel.js';
import { byId } from './dom.js';
import { renderMeeting } from './meeting-view.js';
import { createSdkBridge } from './sdk-bridge.js';

const boot = JSON.parse(byId('zc-boot').textContent);
const view = { me: undefined, meeting: undefined, installed: false, renaming: undefined };
const status = byId('zc-status');

const say = (message) => {
  status.textContent = message;
};
const failed = (error) => say(error instanceof Error ? error.message : String(error));

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

function render() {
  renderMeeting(view.meeting, view.me, actions, view.renaming);
}

// Set once the app panel exists; the bridge and the panel need each other.
let bridge;
const panel = createAppPanel({ boot, me: () => view.me, bridge: () => bridge });

bridge = createSdkBridge({
  frame: panel.frame,
  appOrigin: boot.appOrigin,
  client: {
    me: () => view.me,
    meeting: () => view.meeting,
    userStatus: () => (view.me.guest ? 'unauthenticated' : view.installed ? 'authorized' : 'authenticated'),
    appContext: () => api.get(`/client/api/app-context?launch=${encodeURIComponent(panel.launchId() ?? '')}`),
    async authorize(codeChallenge) {
      const granted = await api.post('/client/api/authorize', { launch: panel.launchId(), codeChallenge });
      view.installed = true;
      return granted;
    },
    setExpanded: (expanded) => panel.setExpanded(expanded),
    openUrl: (url) => {
      if (typeof url === 'string' && /^https?:/.test(url)) window.open(url, '_blank', 'noopener');
    },
  },
});

function applyChange({ change, meeting }) {
  view.meeting = meeting;
  view.me = meeting.participants.find((participant) => participant.participantUUID === view.me.participantUUID) ?? view.me;
  if (change.type === 'join' || change.type === 'leave') bridge.participantChange(change.type, change.participant);
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
  byId('zc-participants-button').addEventListener('click', (event) => {
    const panelElement = byId('zc-participants-panel');
    panelElement.hidden = !panelElement.hidden;
    event.currentTarget.setAttribute('aria-pressed', String(!panelElement.hidden));
  });
  byId('zc-add-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    api
      .post(meetingPath(boot.meetingUuid, '/participants'), { screenName: data.get('screenName'), email: data.get('email') })
      .then(() => form.reset(), failed);
  });
  byId('zc-my-role').addEventListener('change', (event) => {
    api.patch(meetingPath(boot.meetingUuid, `/participants/${view.me.participantUUID}`), { role: event.currentTarget.value }).catch(failed);
  });
  byId('zc-end-button').addEventListener('click', () => {
    api.post(meetingPath(boot.meetingUuid, '/end')).catch(failed);
  });
  byId('zc-app-expand').addEventListener('click', () => {
    const expanded = !byId('zc-app-panel').classList.contains('zc-app--expanded');
    panel.setExpanded(expanded);
    bridge.expandChanged(expanded);
  });
}

async function main() {
  const joined = await api.post('/client/api/join', { meetingUuid: boot.meetingUuid, userId: boot.userId, role: boot.role });
  Object.assign(view, { me: joined.me, meeting: joined.meeting, installed: joined.installed });
  render();
  wireControls();
  listen();
  document.body.dataset.ready = 'true';
  if (boot.openApp && !joined.meeting.ended) await panel.open();
}

main().catch(failed);
