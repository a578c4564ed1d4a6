import type { SpokenLine } from '../rtms/speech.ts';
import type { DEMO_MEETING_GUESTS } from '../zoom-users.ts';

export type SpokenLanguage = SpokenLine['language'];

/**
 * Who says a scripted line: `host` is whoever hosts the meeting (our side; "New meeting" may give it another
 * host), the others are the demo meeting's customer-side participants by their screen names.
 */
export type ScriptSpeaker = 'host' | (typeof DEMO_MEETING_GUESTS)[number]['displayName'];

export interface ScriptLine {
  speaker: ScriptSpeaker;
  text: string;
  language: SpokenLanguage;
}

/** Writes a script in one language: `line(speaker, text)`. */
export const linesIn =
  (language: SpokenLanguage) =>
  (speaker: ScriptSpeaker, text: string): ScriptLine => ({ speaker, text, language });
