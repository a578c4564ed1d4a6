import { api } from './api.js';
import { byId } from './dom.js';

/** The app panel on the right: opening the app asks the sandbox for a launch and frames its URL. */
export function createAppPanel({ boot, me, bridge }) {
  const panel = byId('zc-app-panel');
  const frame = byId('zc-app-frame');
  const button = byId('zc-apps-button');
  let launchId;

  const showOpen = (open) => {
    panel.hidden = !open;
    button.setAttribute('aria-pressed', String(open));
  };

  async function open() {
    const launch = await api.post('/client/api/launch', {
      meetingUuid: boot.meetingUuid,
      participantUuid: me().participantUUID,
      ...(boot.act === undefined ? {} : { act: boot.act }),
    });
    launchId = launch.launchId;
    bridge().reset();
    frame.src = launch.frameUrl;
    showOpen(true);
  }

  function close() {
    launchId = undefined;
    bridge().reset();
    frame.src = 'about:blank';
    setExpanded(false);
    showOpen(false);
  }

  function setExpanded(expanded) {
    panel.classList.toggle('zc-app--expanded', expanded);
  }

  button.addEventListener('click', () => (panel.hidden ? open() : close()));
  byId('zc-app-close').addEventListener('click', close);

  return {
    frame,
    open,
    close,
    setExpanded,
    isOpen: () => !panel.hidden,
    launchId: () => launchId,
  };
}
