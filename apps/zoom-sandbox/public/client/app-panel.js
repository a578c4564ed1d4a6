// @ts-check
import { api } from './api.js';
import { byId } from './dom.js';

/**
 * @import { ClientPageBoot } from '../../src/client/client-page.ts'
 * @import { MeetingParticipant } from '../../src/meetings/meeting-records.ts'
 * @import { SdkBridge } from './sdk-bridge.js'
 */

/**
 * The app panel on the right: opening the app asks the sandbox for a launch and frames its URL.
 * @param {{ boot: ClientPageBoot, me: () => MeetingParticipant, bridge: () => SdkBridge }} options
 */
export function createAppPanel({ boot, me, bridge }) {
  const panel = byId('zc-app-panel');
  const frame = byId('zc-app-frame', HTMLIFrameElement);
  const button = byId('zc-apps-button');
  /** @type {string | undefined} */
  let launchId;

  /** @param {boolean} open */
  const showOpen = (open) => {
    panel.hidden = !open;
    button.setAttribute('aria-pressed', String(open));
  };

  async function open() {
    const launch = /** @type {{ launchId: string, frameUrl: string }} */ (
      await api.post('/client/api/launch', {
        meetingUuid: boot.meetingUuid,
        participantUuid: me().participantUUID,
        ...(boot.act === undefined ? {} : { act: boot.act }),
      })
    );
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

  /** @param {boolean} expanded */
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
