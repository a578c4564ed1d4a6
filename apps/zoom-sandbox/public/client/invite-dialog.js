// @ts-check
import { byId, h } from './dom.js';

/**
 * @import { MeetingParticipant } from '../../src/meetings/meeting-records.ts'
 * @import { MeetingSnapshot } from '../../src/client/meeting-snapshot.ts'
 */

/**
 * What the app may set on Zoom's dialog (ShowAppInvitationDialogOptions), already checked by the bridge.
 * @typedef {{ heading?: string, buttonText?: string }} InviteDialogOptions
 */

const DEFAULT_HEADING = 'Invite to Customer 360';
const DEFAULT_BUTTON = 'Invite';

/**
 * Zoom's own participant picker for an app invitation (zoomSdk.showAppInvitationDialog): everyone else in
 * the meeting, with a box each; "Invite" sends the invitation to the ones ticked.
 * @param {{ meeting: () => MeetingSnapshot | undefined, me: () => MeetingParticipant, send: (participantUuids: string[]) => Promise<void> }} options
 */
export function createInviteDialog({ meeting, me, send }) {
  const dialog = byId('zc-invite-dialog', HTMLDialogElement);
  const form = byId('zc-invite-form', HTMLFormElement);
  const list = byId('zc-invite-list');
  const sendButton = byId('zc-invite-send', HTMLButtonElement);

  const chosen = () => [...list.querySelectorAll('input:checked')].map((input) => /** @type {HTMLInputElement} */ (input).value);
  const updateSend = () => {
    sendButton.disabled = chosen().length === 0;
  };

  /** @param {MeetingParticipant} participant */
  const choice = (participant) =>
    h(
      'li',
      {},
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name: 'participant', value: participant.participantUUID, onchange: updateSend }),
        ` ${participant.screenName}`,
        participant.appInvitation ? h('small', {}, ' (invited)') : null,
      ),
    );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(chosen()).then(() => dialog.close());
  });
  byId('zc-invite-cancel').addEventListener('click', () => dialog.close());

  return {
    /** @param {InviteDialogOptions} options */
    show({ heading, buttonText }) {
      const others = (meeting()?.participants ?? []).filter((participant) => participant.participantUUID !== me().participantUUID);
      byId('zc-invite-title').textContent = heading ?? DEFAULT_HEADING;
      sendButton.textContent = buttonText ?? DEFAULT_BUTTON;
      list.replaceChildren(...others.map(choice));
      byId('zc-invite-empty').hidden = others.length > 0;
      updateSend();
      dialog.showModal();
    },
  };
}
