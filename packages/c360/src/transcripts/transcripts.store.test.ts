import { describe, expect } from 'vitest';
import { rejection, storeTest as it, useFixedClock } from '../../test/support/index.ts';
import { saveRoster } from '../meetings/meeting-store.ts';
import { readDomainSettings } from '../settings/read-domain-settings.ts';
import { updateDomainSettings } from '../settings/update-domain-settings.ts';
import { DEMO_MEETING } from '../seed/demo-meeting.ts';
import { deauthorizeZoomUser } from '../zoom/deauthorize-zoom-user.ts';
import { readTranscript } from './read-transcript.ts';
import { recordActiveSpeaker } from './active-speaker.ts';
import { recordTranscriptLine } from './record-transcript-line.ts';
import { pauseTranscriptCapture, RTMS_STOP_REASON_REVOKED, startTranscriptCapture, stopTranscriptCapture } from './transcript-capture.ts';

const clock = useFixedClock('2026-03-02T09:00:00.000Z');
const CALL_START = Date.parse('2026-03-02T09:00:00.000Z');

const roster = [
  { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername, role: 'host' as const },
  { participantUuid: 'p-emma', displayName: 'Emma Clark', email: 'emma.clark@northwind.example', role: 'attendee' as const },
  { participantUuid: 'p-olivia', displayName: 'Olivia Park', email: null, role: 'attendee' as const },
  { participantUuid: 'p-jordan', ...DEMO_MEETING.unknownAttendee, role: 'attendee' as const },
];

/** A transcript packet of `meetingUuid` on stream s-1, `seconds` into the call. */
const line = (meetingUuid: string, userName: string, seconds: number, text = `${userName} at ${seconds}s`, language = 9) => ({
  meetingUuid,
  rtmsStreamId: 's-1',
  zoomUserId: 16778240 + userName.length,
  userName,
  startTime: CALL_START + seconds * 1000,
  endTime: CALL_START + seconds * 1000 + 2500,
  language,
  text,
});

describe('the live transcript', () => {
  it('records a packet delivered twice once, and reads the segments oldest first', async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-once==' };
    await saveRoster(store.prisma, key, { participants: roster });

    const later = await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Emma Clark', 12, 'We need it by Friday.'));
    expect(later).toEqual([{ ...key, segment: expect.objectContaining({ text: 'We need it by Friday.' }) }]);
    expect(await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Emma Clark', 12, 'We need it by Friday.'))).toEqual([]);
    await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Alex Morgan', 3, 'Thanks for joining.'));

    const transcript = await readTranscript(store.prisma, key);
    expect(transcript.items.map((item) => item.text)).toEqual(['Thanks for joining.', 'We need it by Friday.']);
    expect(transcript.items[1]).toEqual({
      ...later[0]!.segment,
      startTime: '2026-03-02T09:00:12.000Z',
      endTime: '2026-03-02T09:00:14.500Z',
      language: 'en',
    });
  });

  it("matches the speaker by the roster: a person is the customer's side, a user ours, anyone else unknown", async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-speakers==' };
    await saveRoster(store.prisma, key, { participants: roster });
    const emma = await store.prisma.person.findFirstOrThrow({ where: { domainId: alex.domainId, email: 'emma.clark@northwind.example' } });
    const speakerOf = async (userName: string, seconds: number) =>
      (await recordTranscriptLine(store.prisma, line(key.meetingUuid, userName, seconds)))[0]!.segment;

    expect(await speakerOf('Emma Clark', 1)).toMatchObject({ speakerName: 'Emma Clark', personId: emma.id, side: 'customer' });
    // Names compare as Zoom's clients vary them (width, spacing, case), as a recording's cues do.
    expect(await speakerOf('ＥＭＭＡ  clark ', 5)).toMatchObject({ speakerName: 'ＥＭＭＡ  clark ', personId: emma.id, side: 'customer' });
    const ours = await speakerOf('Alex Morgan', 2);
    expect(ours).toMatchObject({ userId: alex.id, side: 'ours' });
    expect(ours).not.toHaveProperty('personId');
    // A name-only suggestion is never a match by itself; a name nobody on the roster has is nobody's.
    expect(await speakerOf('Olivia Park', 3)).toMatchObject({ side: 'unknown' });
    const stranger = await speakerOf('Someone Dialling In', 4);
    expect(stranger.side).toBe('unknown');
    expect(stranger).not.toHaveProperty('userId');
  });

  it('maps RTMS language codes to BCP 47, and an unknown code to und', async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-languages==' };
    await saveRoster(store.prisma, key, { participants: roster });
    const languageOf = async (code: number, seconds: number) =>
      (await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Emma Clark', seconds, 'text', code)))[0]!.segment.language;
    expect([await languageOf(9, 1), await languageOf(20, 2), await languageOf(77, 3)]).toEqual(['en', 'ja', 'und']);
  });

  it("keeps each domain's transcript to its own meeting, and drops a line of a meeting no domain knows", async ({ store, actors }) => {
    const [alex, sam] = await actors('alex@acme.example', 'sam@globex.example');
    const meetingUuid = 'transcript-domains==';
    await saveRoster(store.prisma, { domainId: alex.domainId, meetingUuid }, { participants: roster });
    const recorded = await recordTranscriptLine(store.prisma, line(meetingUuid, 'Emma Clark', 1));
    expect(recorded.map((r) => r.domainId)).toEqual([alex.domainId]);
    expect(await readTranscript(store.prisma, { domainId: sam.domainId, meetingUuid })).toEqual({ capturing: false, items: [], retentionDays: 30 });

    expect(await recordTranscriptLine(store.prisma, line('transcript-unknown==', 'Emma Clark', 1))).toEqual([]);
    expect(await store.prisma.meeting.count({ where: { meetingUuid: 'transcript-unknown==' } })).toBe(0);
  });

  it('turns capture on and off; a late stop of a replaced stream leaves it on', async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-capture==' };
    await saveRoster(store.prisma, key, { participants: roster });
    const capturing = async () => (await readTranscript(store.prisma, key)).capturing;

    expect(await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1' })).toEqual([key]);
    expect(await capturing()).toBe(true);
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-2' });
    expect(await stopTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1', stopReason: 6 })).toEqual([]);
    expect(await capturing()).toBe(true);
    expect(await stopTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-2', stopReason: 6 })).toEqual([key]);
    expect(await capturing()).toBe(false);
  });

  it('keeps who speaks in the capturing stream, and for how long since they began or since their latest line', async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-speaking==' };
    await saveRoster(store.prisma, key, { participants: roster });
    const begins = (userName: string, rtmsStreamId = 's-1') =>
      recordActiveSpeaker(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId, zoomUserId: 16778240 + userName.length, userName });
    const speaking = async () => (await readTranscript(store.prisma, key)).speaking;

    // Nobody is captured yet: a speaker change of a stream that is not the meeting's capture is nobody's.
    expect(await begins('Emma Clark')).toEqual([]);
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1' });
    expect(await begins('Emma Clark', 's-other')).toEqual([]);
    expect(await speaking()).toBeUndefined();

    const emma = await store.prisma.person.findFirstOrThrow({ where: { domainId: alex.domainId, email: 'emma.clark@northwind.example' } });
    expect(await begins('Emma Clark')).toEqual([{ ...key, speaker: { speakerName: 'Emma Clark', personId: emma.id, side: 'customer', speakingForMs: 0 } }]);
    clock.advance(7_000);
    expect(await speaking()).toEqual({ speakerName: 'Emma Clark', personId: emma.id, side: 'customer', speakingForMs: 7_000 });
    // Her line counts what she said until it came: only what follows is still to come.
    await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Emma Clark', 0));
    clock.advance(2_000);
    expect((await speaking())?.speakingForMs).toBe(2_000);
    // Someone else's line changes nothing of hers.
    await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Alex Morgan', 1));
    clock.advance(1_000);
    expect((await speaking())?.speakingForMs).toBe(3_000);

    expect((await begins('Alex Morgan'))[0]?.speaker).toEqual({ speakerName: 'Alex Morgan', userId: alex.id, side: 'ours', speakingForMs: 0 });
    clock.advance(500);
    expect(await speaking()).toMatchObject({ speakerName: 'Alex Morgan', speakingForMs: 500 });
    // Capture off: nobody speaks in it; on again (a new stream), nobody until the next change.
    await stopTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1', stopReason: 6 });
    expect(await speaking()).toBeUndefined();
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-2' });
    expect(await speaking()).toBeUndefined();
  });

  it('pauses and resumes the capturing stream only; paused, nobody is speaking and a speaker change is not kept', async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-paused==' };
    await saveRoster(store.prisma, key, { participants: roster });
    const pause = (paused: boolean, rtmsStreamId = 's-1') => pauseTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId, paused });
    const state = async () => {
      const { capturing, paused, speaking } = await readTranscript(store.prisma, key);
      return { capturing, paused, speaking: speaking?.speakerName };
    };
    const begins = (userName: string) => recordActiveSpeaker(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1', zoomUserId: 1, userName });

    expect(await pause(true)).toEqual([]);
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1' });
    await begins('Emma Clark');
    expect(await pause(true, 's-other')).toEqual([]);
    expect(await pause(true)).toEqual([key]);
    expect(await state()).toEqual({ capturing: true, paused: true, speaking: undefined });
    expect(await begins('Alex Morgan')).toEqual([]);
    expect(await pause(false)).toEqual([key]);
    expect(await state()).toEqual({ capturing: true, paused: undefined, speaking: undefined });
    await begins('Alex Morgan');
    expect((await state()).speaking).toBe('Alex Morgan');
    // A new stream starts unpaused; stopping clears it too.
    await pause(true);
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-2' });
    expect((await state()).paused).toBeUndefined();
  });

  it('deletes what was kept when access is revoked (stop reason 8), and only then', async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const key = { domainId: alex.domainId, meetingUuid: 'transcript-revoked==' };
    await saveRoster(store.prisma, key, { participants: roster });
    const stop = (stopReason: number) => stopTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1', stopReason });
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1' });
    await recordTranscriptLine(store.prisma, line(key.meetingUuid, 'Emma Clark', 1));

    await stop(6);
    expect((await readTranscript(store.prisma, key)).items).toHaveLength(1);
    await startTranscriptCapture(store.prisma, { meetingUuid: key.meetingUuid, rtmsStreamId: 's-1' });
    expect(await stop(RTMS_STOP_REASON_REVOKED)).toEqual([key]);
    expect(await readTranscript(store.prisma, key)).toEqual({ capturing: false, items: [], retentionDays: 30 });
  });

  it("deletes the transcripts of the meetings a user hosted when they remove the app, and keeps others'", async ({ store, actors }) => {
    const [alex, paul] = await actors('alex@acme.example', 'paul@acme.example');
    const hosted = { domainId: alex.domainId, meetingUuid: 'transcript-deauthorized==' };
    const colleagues = { domainId: alex.domainId, meetingUuid: 'transcript-colleague==' };
    await saveRoster(store.prisma, { ...hosted, sender: { userId: alex.id, zoomUserId: 'zoom-alex' } }, { participants: roster });
    await saveRoster(store.prisma, { ...colleagues, sender: { userId: paul.id, zoomUserId: 'zoom-paul' } }, { participants: roster });
    await recordTranscriptLine(store.prisma, line(hosted.meetingUuid, 'Emma Clark', 1));
    await recordTranscriptLine(store.prisma, line(colleagues.meetingUuid, 'Emma Clark', 1));

    const deauthorization = await store.prisma.zoomWebhookEvent.create({
      data: { deliveryKey: 'transcript-deauthorization', event: 'app_deauthorized', payload: {}, zoomUserId: 'zoom-alex' },
    });
    await store.prisma.$transaction((tx) => deauthorizeZoomUser(tx, 'zoom-alex', deauthorization.id));

    expect((await readTranscript(store.prisma, hosted)).items).toEqual([]);
    expect((await readTranscript(store.prisma, colleagues)).items).toHaveLength(1);
  });

  it('refuses a malformed packet, naming the field', async ({ store }) => {
    const error = await rejection(recordTranscriptLine(store.prisma, { ...line('transcript-bad==', 'Emma Clark', 1), startTime: 'soon' }));
    expect(error).toMatchObject({ code: 'VALIDATION', errors: [expect.objectContaining({ path: 'startTime' })] });
  });

  it("keeps a domain's transcripts for the days its admin sets, between a day and a year", async ({ store, actors }) => {
    const [alex] = await actors('alex@acme.example');
    const before = await readDomainSettings(store.prisma, alex);
    expect(before.transcriptRetentionDays).toBe(30);
    try {
      expect(await updateDomainSettings(store.prisma, alex, { transcriptRetentionDays: 90 })).toEqual({ ...before, transcriptRetentionDays: 90 });
      // The host's consent line says it: the transcript answer carries it, meeting or not.
      expect((await readTranscript(store.prisma, { domainId: alex.domainId, meetingUuid: 'transcript-retention==' })).retentionDays).toBe(90);
      for (const days of [0, 366, 1.5]) {
        const error = await rejection(updateDomainSettings(store.prisma, alex, { transcriptRetentionDays: days }));
        expect(error).toMatchObject({ code: 'VALIDATION', errors: [expect.objectContaining({ path: 'transcriptRetentionDays' })] });
      }
    } finally {
      await updateDomainSettings(store.prisma, alex, { transcriptRetentionDays: before.transcriptRetentionDays });
    }
  });
});
