import type { SpeakerSide, TranscriptSegment } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { formatTalkTime, talkTimes } from './talk-time';

const at = (second: number) => new Date(Date.UTC(2026, 11, 6, 10, 0, 0) + second * 1000).toISOString();
const said = (speakerName: string, side: SpeakerSide, fromSecond: number, toSecond: number): TranscriptSegment => ({
  id: crypto.randomUUID(),
  speakerName,
  side,
  text: '…',
  startTime: at(fromSecond),
  endTime: at(toSecond),
  language: 'en',
});

describe('talk time', () => {
  it('sums each speaker’s end − start, grouped customer, our side, then not matched, longest talker first', () => {
    const segments = [
      said('Vera Lindqvist', 'ours', 0, 30),
      said('Sarah Chen', 'customer', 30, 50),
      said('Tom Baker', 'customer', 50, 110),
      said('Sarah Chen', 'customer', 110, 125),
      said('Dial-in 2', 'unknown', 125, 130),
      said('Vera Lindqvist', 'ours', 130, 140),
    ];
    expect(talkTimes(segments)).toEqual([
      {
        side: 'customer',
        seconds: 95,
        speakers: [
          { speakerName: 'Tom Baker', seconds: 60 },
          { speakerName: 'Sarah Chen', seconds: 35 },
        ],
      },
      { side: 'ours', seconds: 40, speakers: [{ speakerName: 'Vera Lindqvist', seconds: 40 }] },
      { side: 'unknown', seconds: 5, speakers: [{ speakerName: 'Dial-in 2', seconds: 5 }] },
    ]);
  });

  it('grows as lines arrive, and leaves out a side nobody spoke for', () => {
    const first = [said('Sarah Chen', 'customer', 0, 4)];
    expect(talkTimes(first)).toEqual([{ side: 'customer', seconds: 4, speakers: [{ speakerName: 'Sarah Chen', seconds: 4 }] }]);
    expect(talkTimes([...first, said('Sarah Chen', 'customer', 4, 10)])[0]?.seconds).toBe(10);
    expect(talkTimes([])).toEqual([]);
  });

  it('counts a segment whose end came before its start as nothing', () => {
    expect(talkTimes([said('Sarah Chen', 'customer', 10, 5)])[0]?.seconds).toBe(0);
  });

  it('reads as minutes:seconds, and hours past the hour', () => {
    expect(formatTalkTime(0)).toBe('0:00');
    expect(formatTalkTime(245)).toBe('4:05');
    expect(formatTalkTime(3725)).toBe('1:02:05');
  });
});
