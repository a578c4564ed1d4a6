import type { SpeakerSide, TranscriptSegment } from '@c360/contracts';
import type { LiveTranscript } from '@/features/meeting';

export interface SpeakerTalkTime {
  speakerName: string;
  seconds: number;
}

export interface SideTalkTime {
  side: SpeakerSide;
  seconds: number;
  /** Longest talker first. */
  speakers: SpeakerTalkTime[];
}

/** Talk no line holds yet: the current speaker's, since they began or since their latest line. */
export interface OpenTalk {
  speakerName: string;
  side: SpeakerSide;
  milliseconds: number;
}

/**
 * The most open talk counts before a line of it comes. Zoom sends a line per sentence or so, and the active
 * speaker stays the last one through a silence: past this, it is more likely silence than talk.
 */
export const OPEN_TALK_CAP_MS = 30_000;

const SIDE_ORDER: readonly SpeakerSide[] = ['customer', 'ours', 'unknown'];

/** The current speaker's open talk at `now` (this browser's clock), while capture is on; none otherwise. */
export function openTalk(transcript: LiveTranscript, now: number): OpenTalk | undefined {
  const { capturing, speaking, speakingSince } = transcript;
  if (!capturing || !speaking || speakingSince === undefined) return undefined;
  return { speakerName: speaking.speakerName, side: speaking.side, milliseconds: Math.min(OPEN_TALK_CAP_MS, Math.max(0, now - speakingSince)) };
}

/**
 * How long each speaker has talked (the sum of their segments' end − start, and the current speaker's open
 * talk), grouped by side: the customer's, ours, then speakers not matched yet. Sides nobody spoke for are left out.
 */
export function talkTimes(segments: readonly TranscriptSegment[], open?: OpenTalk): SideTalkTime[] {
  const bySide = new Map<SpeakerSide, Map<string, number>>();
  const add = (side: SpeakerSide, speakerName: string, milliseconds: number) => {
    const speakers = bySide.get(side) ?? new Map<string, number>();
    speakers.set(speakerName, (speakers.get(speakerName) ?? 0) + milliseconds);
    bySide.set(side, speakers);
  };
  for (const segment of segments) add(segment.side, segment.speakerName, Math.max(0, Date.parse(segment.endTime) - Date.parse(segment.startTime)));
  if (open) add(open.side, open.speakerName, open.milliseconds);
  return SIDE_ORDER.flatMap((side) => {
    const speakers = bySide.get(side);
    if (!speakers) return [];
    const list = [...speakers].map(([speakerName, milliseconds]) => ({ speakerName, seconds: Math.round(milliseconds / 1000) }));
    list.sort((a, b) => b.seconds - a.seconds);
    return [{ side, seconds: list.reduce((sum, speaker) => sum + speaker.seconds, 0), speakers: list }];
  });
}

/** "4:05" (minutes:seconds), or "1:02:05" past an hour. */
export function formatTalkTime(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
