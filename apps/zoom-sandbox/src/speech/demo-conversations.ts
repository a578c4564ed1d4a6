import type { Meeting, MeetingParticipant } from '../meetings/meeting-records.ts';
import type { SpokenLine } from '../rtms/speech.ts';
import type { DEMO_MEETING_GUESTS } from '../zoom-users.ts';
import { QBR_CONVERSATION_EN } from './qbr-conversation-en.ts';
import { QBR_CONVERSATION_JA } from './qbr-conversation-ja.ts';

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

/** The scripted QBR with Northwind, in each language the transcript supports. */
export const DEMO_CONVERSATIONS: Record<SpokenLanguage, readonly ScriptLine[]> = {
  en: QBR_CONVERSATION_EN,
  ja: QBR_CONVERSATION_JA,
};

/** The participant who speaks a scripted line in this meeting, if they are in it. */
export function participantSpeaking(meeting: Meeting, speaker: ScriptSpeaker): MeetingParticipant | undefined {
  return meeting.participants.find((participant) => (speaker === 'host' ? participant.role === 'host' : participant.screenName === speaker));
}
