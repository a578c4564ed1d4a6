import type { SpeakerSide, TranscriptSegment } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import type { LiveTranscript } from '@/features/meeting';
import { formatTalkTime, OPEN_TALK_CAP_MS, openTalk, talkTimes } from './talk-time';

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

  it('grows with the current speaker’s talk before their line comes, from when they began or their latest line', () => {
    const since = Date.UTC(2026, 11, 6, 10, 1, 0);
    const transcript: LiveTranscript = {
      capturing: true,
      items: [said('Sarah Chen', 'customer', 0, 10)],
      speaking: { speakerName: 'Sarah Chen', side: 'customer', speakingForMs: 0 },
      speakingSince: since,
    };
    const customerAt = (ms: number) => talkTimes(transcript.items, openTalk(transcript, since + ms))[0]?.seconds;
    expect([customerAt(0), customerAt(1000), customerAt(4000), customerAt(5000)]).toEqual([10, 11, 14, 15]);
    // Someone new speaking for 3 s is counted on their side, by name.
    const vera = { ...transcript, speaking: { speakerName: 'Vera Lindqvist', side: 'ours' as const, speakingForMs: 0 } };
    expect(talkTimes(vera.items, openTalk(vera, since + 3000))).toEqual([
      { side: 'customer', seconds: 10, speakers: [{ speakerName: 'Sarah Chen', seconds: 10 }] },
      { side: 'ours', seconds: 3, speakers: [{ speakerName: 'Vera Lindqvist', seconds: 3 }] },
    ]);
  });

  it('stops growing at the cap (a silence keeps the last speaker active), and not at all without capture', () => {
    const since = Date.UTC(2026, 11, 6, 10, 1, 0);
    const transcript: LiveTranscript = {
      capturing: true,
      items: [],
      speaking: { speakerName: 'Sarah Chen', side: 'customer', speakingForMs: 0 },
      speakingSince: since,
    };
    expect(openTalk(transcript, since + 10 * 60_000)?.milliseconds).toBe(OPEN_TALK_CAP_MS);
    expect(openTalk(transcript, since - 5000)?.milliseconds).toBe(0);
    expect(openTalk({ ...transcript, capturing: false }, since + 5000)).toBeUndefined();
    expect(openTalk({ capturing: true, items: [] }, since + 5000)).toBeUndefined();
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
