// @ts-check
import { byId, h } from './dom.js';

/**
 * @import { MeetingParticipant, ParticipantRole } from '../../src/meetings/meeting-records.ts'
 * @import { MeetingSnapshot } from '../../src/client/meeting-snapshot.ts'
 */

/**
 * What the participant list's buttons do.
 * @typedef {object} MeetingActions
 * @property {(participant: MeetingParticipant) => void} startRename
 * @property {(participant: MeetingParticipant, screenName: string) => void} rename
 * @property {(participant: MeetingParticipant, role: ParticipantRole) => void} setRole
 * @property {(participant: MeetingParticipant) => void} remove
 */

/** @type {Record<ParticipantRole, string>} */
const ROLE_LABEL = { host: 'Host', cohost: 'Co-host', attendee: 'Attendee' };

/** @param {string} name */
const initials = (name) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');

/** @param {MeetingParticipant} participant @param {MeetingParticipant} me */
function tile(participant, me) {
  const you = participant.participantUUID === me.participantUUID;
  return h(
    'li',
    { class: 'zc-tile', 'data-participant': participant.participantUUID },
    h('span', { class: 'zc-avatar', 'aria-hidden': 'true' }, initials(participant.screenName)),
    h('span', { class: 'zc-name' }, participant.screenName, you ? ' (You)' : ''),
    participant.appInvitation ? h('span', { class: 'zc-badge' }, 'Invited to Customer 360') : null,
    participant.role === 'attendee' ? null : h('span', { class: 'zc-badge' }, ROLE_LABEL[participant.role]),
  );
}

/** @param {MeetingParticipant} participant @param {MeetingActions} actions */
function renameForm(participant, actions) {
  const input = h('input', { value: participant.screenName, 'aria-label': `New name for ${participant.screenName}`, maxlength: 64, required: true });
  const form = h(
    'form',
    {
      class: 'zc-rename',
      onsubmit: (event) => {
        event.preventDefault();
        actions.rename(participant, input.value);
      },
    },
    input,
    h('button', { type: 'submit' }, 'Save'),
  );
  queueMicrotask(() => input.focus());
  return form;
}

/** @param {MeetingParticipant} participant @param {MeetingActions} actions */
function roleButton(participant, actions) {
  /** @type {ParticipantRole | undefined} */
  const next = participant.role === 'cohost' ? 'attendee' : participant.role === 'attendee' ? 'cohost' : undefined;
  if (!next) return null;
  const label = next === 'cohost' ? 'Make co-host' : 'Make attendee';
  return h('button', { type: 'button', 'aria-label': `${label}: ${participant.screenName}`, onclick: () => actions.setRole(participant, next) }, label);
}

/**
 * @param {MeetingParticipant} participant
 * @param {MeetingParticipant} me
 * @param {MeetingActions} actions
 * @param {string | undefined} renaming the participantUUID whose name is being edited
 */
function row(participant, me, actions, renaming) {
  const you = participant.participantUUID === me.participantUUID;
  const name = participant.screenName;
  const details = [ROLE_LABEL[participant.role], participant.guest ? ', guest' : ''].join('');
  const controls =
    renaming === participant.participantUUID
      ? renameForm(participant, actions)
      : h(
          'span',
          { class: 'zc-person-actions' },
          h('button', { type: 'button', 'aria-label': `Rename ${name}`, onclick: () => actions.startRename(participant) }, 'Rename'),
          you ? null : roleButton(participant, actions),
          you ? null : h('button', { type: 'button', 'aria-label': `Remove ${name}`, onclick: () => actions.remove(participant) }, 'Remove'),
        );
  return h(
    'li',
    { 'data-participant': participant.participantUUID },
    h(
      'span',
      { class: 'zc-person' },
      h('strong', {}, name, you ? ' (You)' : ''),
      h('small', {}, details),
      participant.email ? h('small', { class: 'zc-email' }, participant.email) : null,
      participant.appInvitation ? h('small', { class: 'zc-invited' }, `Invited to Customer 360 by ${participant.appInvitation.fromScreenName}`) : null,
    ),
    controls,
  );
}

/**
 * Draws the video grid and the Participants panel from the meeting as the server last described it.
 * @param {MeetingSnapshot} meeting
 * @param {MeetingParticipant} me
 * @param {MeetingActions} actions
 * @param {string | undefined} renaming
 */
export function renderMeeting(meeting, me, actions, renaming) {
  byId('zc-grid').replaceChildren(...meeting.participants.map((participant) => tile(participant, me)));
  byId('zc-participant-list').replaceChildren(...meeting.participants.map((participant) => row(participant, me, actions, renaming)));
  byId('zc-count').textContent = String(meeting.participants.length);
  byId('zc-topic').textContent = meeting.topic;
  byId('zc-ended').hidden = !meeting.ended;
  const controls = /** @type {NodeListOf<HTMLButtonElement | HTMLSelectElement>} */ (
    document.querySelectorAll('.zc-controls button, .zc-controls select, #zc-add-form button')
  );
  for (const control of controls) {
    control.disabled = meeting.ended;
  }
}
