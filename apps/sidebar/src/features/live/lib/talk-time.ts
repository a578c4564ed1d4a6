import type { SpeakerSide, TranscriptSegment } from '@c360/contracts';

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

const SIDE_ORDER: readonly SpeakerSide[] = ['customer', 'ours', 'unknown'];

/**
 * How long each speaker has talked (the sum of their segments' end − start), grouped by side: the customer's,
 * ours, then speakers not matched yet. Sides nobody spoke for are left out.
 */
export function talkTimes(segments: readonly TranscriptSegment[]): SideTalkTime[] {
  const bySide = new Map<SpeakerSide, Map<string, number>>();
  for (const segment of segments) {
    const milliseconds = Math.max(0, Date.parse(segment.endTime) - Date.parse(segment.startTime));
    const speakers = bySide.get(segment.side) ?? new Map<string, number>();
    speakers.set(segment.speakerName, (speakers.get(segment.speakerName) ?? 0) + milliseconds);
    bySide.set(segment.side, speakers);
  }
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
