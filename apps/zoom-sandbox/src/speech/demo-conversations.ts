import type { Meeting, MeetingParticipant } from '../meetings/meeting-records.ts';
import { QBR_CONVERSATION_EN } from './qbr-conversation-en.ts';
import { QBR_CONVERSATION_JA } from './qbr-conversation-ja.ts';
import type { ScriptLine, ScriptSpeaker, SpokenLanguage } from './script-line.ts';

/** The scripted QBR with Northwind, in each language the transcript supports. */
export const DEMO_CONVERSATIONS: Record<SpokenLanguage, readonly ScriptLine[]> = {
  en: QBR_CONVERSATION_EN,
  ja: QBR_CONVERSATION_JA,
};

/** The participant who speaks a scripted line in this meeting, if they are in it. */
export function participantSpeaking(meeting: Meeting, speaker: ScriptSpeaker): MeetingParticipant | undefined {
  return meeting.participants.find((participant) => (speaker === 'host' ? participant.role === 'host' : participant.screenName === speaker));
}
