// @ts-check
import { api, meetingPath } from './api.js';
import { byId, h } from './dom.js';

/**
 * @import { MeetingParticipant } from '../../src/meetings/meeting-records.ts'
 * @import { MeetingSnapshot } from '../../src/client/meeting-snapshot.ts'
 */

/**
 * The Speech panel (speech is text in the sandbox, issue 18): a "say" box per participant, and the scripted
 * demo conversation with its language and speed. Lines go to the meeting's RTMS stream through the server.
 * @param {{ meetingUuid: string, report: (message: string) => void }} options
 */
export function createSpeechPanel({ meetingUuid, report }) {
  const panel = byId('zc-speech-panel');
  const list = byId('zc-say-list');
  const language = byId('zc-say-language', HTMLSelectElement);
  const demoForm = byId('zc-demo-form', HTMLFormElement);
  /** @param {unknown} error */
  const failed = (error) => report(error instanceof Error ? error.message : String(error));

  /** @param {MeetingParticipant} participant @param {HTMLInputElement} input */
  async function say(participant, input) {
    try {
      await api.post(meetingPath(meetingUuid, '/say'), { participant: participant.participantUUID, text: input.value, language: language.value });
      input.value = '';
      report(`${participant.screenName} said it.`);
    } catch (error) {
      failed(error);
    }
  }

  /** @param {MeetingParticipant} participant */
  function sayForm(participant) {
    const inputId = `zc-say-${participant.participantUUID}`;
    const input = h('input', { id: inputId, name: 'text', required: true, maxlength: 2000, autocomplete: 'off' });
    const label = h('label', { for: inputId }, `${participant.screenName} says`);
    const form = h(
      'form',
      {
        class: 'zc-say',
        onsubmit: (event) => {
          event.preventDefault();
          void say(participant, input);
        },
      },
      label,
      h('span', { class: 'zc-say-row' }, input, h('button', { type: 'submit', 'aria-label': `Say as ${participant.screenName}` }, 'Say')),
    );
    return h('li', { 'data-participant': participant.participantUUID }, form);
  }

  /** Keeps each participant's box (and what is typed in it) across redraws; renames update the label. @param {MeetingParticipant} participant */
  function sayItem(participant) {
    const existing = list.querySelector(`li[data-participant="${CSS.escape(participant.participantUUID)}"]`);
    if (!existing) return sayForm(participant);
    const label = existing.querySelector('label');
    const button = existing.querySelector('button');
    if (label) label.textContent = `${participant.screenName} says`;
    button?.setAttribute('aria-label', `Say as ${participant.screenName}`);
    return existing;
  }

  const toggle = byId('zc-speech-button');
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-pressed', String(!panel.hidden));
  });
  demoForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(demoForm);
    api.post(meetingPath(meetingUuid, '/conversation'), { language: data.get('language'), speed: Number(data.get('speed')) }).then((started) => {
      const { lines } = /** @type {{ lines: number }} */ (started);
      report(`Playing the demo conversation (${lines} lines).`);
    }, failed);
  });
  byId('zc-demo-stop').addEventListener('click', () => {
    api.delete(meetingPath(meetingUuid, '/conversation')).then((stopped) => {
      const { stopped: wasPlaying } = /** @type {{ stopped: boolean }} */ (stopped);
      report(wasPlaying ? 'Stopped the demo conversation.' : 'No demo conversation is playing.');
    }, failed);
  });

  return {
    /** @param {MeetingSnapshot} meeting */
    render(meeting) {
      // Boxes already in place stay put: moving one would take the focus from whoever is typing in it.
      meeting.participants.map(sayItem).forEach((item, index) => {
        if (list.children[index] !== item) list.insertBefore(item, list.children[index] ?? null);
      });
      while (list.children.length > meeting.participants.length) list.lastElementChild?.remove();
      for (const control of panel.querySelectorAll('button, input, select')) {
        /** @type {HTMLButtonElement | HTMLInputElement | HTMLSelectElement} */ (control).disabled = meeting.ended;
      }
    },
  };
}
