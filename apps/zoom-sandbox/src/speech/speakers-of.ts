import type { Meeting, MeetingParticipant } from '../meetings/meeting-records.ts';
import { participantSpeaking } from './demo-conversations.ts';
import type { ScriptLine, ScriptSpeaker } from './script-line.ts';

export type ScriptSpeakers = { ok: true; bySpeaker: Map<ScriptSpeaker, MeetingParticipant> } | { ok: false; missing: string[] };

/** The meeting's participant for each speaker of a script, taken when it starts (ids stay, names may change). */
export function speakersOf(meeting: Meeting, script: readonly ScriptLine[]): ScriptSpeakers {
  const bySpeaker = new Map<ScriptSpeaker, MeetingParticipant>();
  const missing: string[] = [];
  for (const speaker of new Set(script.map((line) => line.speaker))) {
    const participant = participantSpeaking(meeting, speaker);
    if (participant) bySpeaker.set(speaker, participant);
    else missing.push(speaker === 'host' ? 'a host' : speaker);
  }
  return missing.length === 0 ? { ok: true, bySpeaker } : { ok: false, missing };
}
