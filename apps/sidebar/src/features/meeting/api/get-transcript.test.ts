import type { ActiveSpeaker, MeetingTranscript, TranscriptEvent, TranscriptSegment } from '@c360/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { followTranscript, transcriptKeys, withLaterSegments, withTranscriptEvent } from './get-transcript';

const MEETING = 'm1';
// This browser's clock when an event or answer arrives.
const AT = Date.UTC(2026, 11, 6, 10, 5, 0);
let next = 0;
/** A segment said `atSecond` seconds into the call, for two seconds. */
const segment = (atSecond: number, text: string): TranscriptSegment => ({
  id: `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`,
  speakerName: 'Sarah Chen',
  side: 'customer',
  text,
  startTime: new Date(Date.UTC(2026, 11, 6, 10, 0, atSecond)).toISOString(),
  endTime: new Date(Date.UTC(2026, 11, 6, 10, 0, atSecond + 2)).toISOString(),
  language: 'en',
});
const texts = (transcript: MeetingTranscript | undefined) => transcript?.items.map((item) => item.text);

/** The meeting's event stream as the sidebar hears it: an EventTarget that opens and sends named events. */
function fakeStream() {
  const source = new EventTarget();
  return {
    source,
    open: () => source.dispatchEvent(new Event('open')),
    send: (event: TranscriptEvent) => source.dispatchEvent(new MessageEvent('transcript', { data: JSON.stringify(event) })),
  };
}

describe('the live transcript as events arrive', () => {
  it('adds each new segment at the end, in speaking order', () => {
    const first = segment(0, 'Thanks for joining.');
    const second = segment(3, 'Happy to be here.');
    let transcript = withTranscriptEvent(undefined, { kind: 'segment', segment: first }, AT);
    transcript = withTranscriptEvent(transcript, { kind: 'segment', segment: second }, AT);
    expect(texts(transcript)).toEqual(['Thanks for joining.', 'Happy to be here.']);
  });

  it('keeps a segment once when the stream and a refetch both bring it', () => {
    const line = segment(0, 'Once only.');
    const once = withTranscriptEvent({ capturing: true, items: [line] }, { kind: 'segment', segment: line }, AT);
    expect(texts(once)).toEqual(['Once only.']);
  });

  it('puts a late packet where it was said', () => {
    const early = segment(1, 'early');
    const late = segment(5, 'late');
    expect(texts(withTranscriptEvent({ capturing: true, items: [late] }, { kind: 'segment', segment: early }, AT))).toEqual(['early', 'late']);
  });

  it('turns capture on and off and keeps the lines', () => {
    const on = withTranscriptEvent({ capturing: false, items: [segment(0, 'kept')] }, { kind: 'capture', capturing: true }, AT);
    expect(on).toMatchObject({ capturing: true });
    expect(withTranscriptEvent(on, { kind: 'capture', capturing: false }, AT)).toMatchObject({ capturing: false, items: on.items });
  });
});

describe('who speaks now, as events arrive', () => {
  const emma: ActiveSpeaker = { speakerName: 'Sarah Chen', side: 'customer', speakingForMs: 0 };

  it('anchors the speaker to this browser’s clock, less the time they had spoken when it was sent', () => {
    const speaking = withTranscriptEvent({ capturing: true, items: [] }, { kind: 'speaking', speaker: { ...emma, speakingForMs: 1500 } }, AT);
    expect(speaking).toMatchObject({ speaking: { speakerName: 'Sarah Chen' }, speakingSince: AT - 1500 });
    const other = withTranscriptEvent(speaking, { kind: 'speaking', speaker: { speakerName: 'Vera Lindqvist', side: 'ours', speakingForMs: 0 } }, AT + 9000);
    expect(other).toMatchObject({ speaking: { speakerName: 'Vera Lindqvist' }, speakingSince: AT + 9000 });
  });

  it('starts their open talk again when their line comes, and not for someone else’s line', () => {
    const speaking = withTranscriptEvent({ capturing: true, items: [] }, { kind: 'speaking', speaker: emma }, AT);
    const theirs = withTranscriptEvent(speaking, { kind: 'segment', segment: segment(0, 'Sarah’s line') }, AT + 4000);
    expect(theirs.speakingSince).toBe(AT + 4000);
    const someoneElse = withTranscriptEvent(theirs, { kind: 'segment', segment: { ...segment(5, 'Vera’s line'), speakerName: 'Vera Lindqvist' } }, AT + 6000);
    expect(someoneElse.speakingSince).toBe(AT + 4000);
  });

  it('follows a pause and a resume, and forgets the speaker at each', () => {
    const speaking = withTranscriptEvent({ capturing: true, items: [] }, { kind: 'speaking', speaker: emma }, AT);
    const paused = withTranscriptEvent(speaking, { kind: 'capture', capturing: true, paused: true }, AT);
    expect(paused).toEqual({ capturing: true, paused: true, items: [] });
    expect(withTranscriptEvent(paused, { kind: 'capture', capturing: true }, AT)).toEqual({ capturing: true, items: [] });
  });

  it('forgets the speaker when capture turns on or off', () => {
    const speaking = withTranscriptEvent({ capturing: true, items: [] }, { kind: 'speaking', speaker: emma }, AT);
    expect(withTranscriptEvent(speaking, { kind: 'capture', capturing: false }, AT)).toEqual({ capturing: false, items: [] });
    expect(withTranscriptEvent(speaking, { kind: 'capture', capturing: true }, AT)).toEqual({ capturing: true, items: [] });
  });

  it('anchors the speaker of a fetched answer to when it arrived', () => {
    const fetched = withLaterSegments({ capturing: true, items: [], speaking: { ...emma, speakingForMs: 4000 } }, undefined, AT);
    expect(fetched.speakingSince).toBe(AT - 4000);
  });
});

describe('a refetch of the transcript', () => {
  it('keeps the segments the stream brought while its answer was on the way', () => {
    const fetchedLine = segment(0, 'in the answer');
    const streamed = segment(4, 'streamed meanwhile');
    const merged = withLaterSegments({ capturing: true, items: [fetchedLine] }, { capturing: true, items: [fetchedLine, streamed] }, AT);
    expect(texts(merged)).toEqual(['in the answer', 'streamed meanwhile']);
  });

  it('drops what the server no longer has when capture is off and nothing is kept (the host revoked it)', () => {
    expect(withLaterSegments({ capturing: false, items: [] }, { capturing: true, items: [segment(0, 'deleted')] }, AT)).toEqual({
      capturing: false,
      items: [],
    });
  });
});

describe('the meeting stream writing into the cached transcript', () => {
  it('follows segments and capture, deduplicated, and refetches when the stream (re)opens', async () => {
    const queryClient = new QueryClient();
    const key = transcriptKeys.detail(MEETING);
    queryClient.setQueryData<MeetingTranscript>(key, { capturing: false, items: [] });
    const stream = fakeStream();
    followTranscript(stream.source, queryClient, MEETING);

    const line = segment(0, 'We can ship by Friday.');
    stream.send({ kind: 'capture', capturing: true });
    stream.send({ kind: 'segment', segment: line });
    stream.send({ kind: 'segment', segment: line });
    expect(queryClient.getQueryData(key)).toEqual({ capturing: true, items: [line] });

    stream.open();
    await Promise.resolve();
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it('fetches the transcript again when capture stops, since a revoked capture deleted what was kept', async () => {
    const queryClient = new QueryClient();
    const key = transcriptKeys.detail(MEETING);
    queryClient.setQueryData<MeetingTranscript>(key, { capturing: true, items: [segment(0, 'kept until revoked')] });
    const stream = fakeStream();
    followTranscript(stream.source, queryClient, MEETING);
    stream.send({ kind: 'capture', capturing: false });
    await Promise.resolve();
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it('ignores an event that is not a transcript event', () => {
    const queryClient = new QueryClient();
    const stream = fakeStream();
    followTranscript(stream.source, queryClient, MEETING);
    stream.source.dispatchEvent(new MessageEvent('transcript', { data: JSON.stringify({ kind: 'segment', segment: { text: 'no id' } }) }));
    expect(queryClient.getQueryData(transcriptKeys.detail(MEETING))).toBeUndefined();
  });
});
