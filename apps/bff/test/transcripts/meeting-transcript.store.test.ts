import type { Server } from 'node:http';
import { DEMO_MEETING } from '@c360/c360/seed';
import { meetingTranscriptSchema, transcriptEventSchema } from '@c360/contracts';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { MeetingEventHub } from '../../src/routes/meetings/meeting-events.ts';
import type { RtmsListener } from '../../src/rtms/rtms-listener.ts';
import { createTranscriptFeed } from '../../src/transcripts/transcript-feed.ts';
import { appTest as it } from '../support/app-test.ts';
import { followEventStream } from '../support/event-stream.ts';
import { gainsightTestApp, get, type TestApp } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';
import { launchAndSignIn } from '../support/zoom-launch.ts';

const M = 'live+transcript/1==';
const OTHER = 'another-meeting==';
const CALL_START = Date.parse('2026-03-02T09:00:00.000Z');
const path = (meetingUuid: string, rest = '') => `/api/meetings/${encodeURIComponent(meetingUuid)}${rest}`;

// The app on a hub the test hands to the feed too, as the server wires them.
const hub = new MeetingEventHub();
let app: TestApp;
let feed: RtmsListener;
let alexHost: string;
let veraAttendee: string;
let alexElsewhere: string;
let samOfGlobex: string;

const roster = [
  { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername, role: 'host' },
  { participantUuid: 'p-emma', displayName: 'Emma Clark', email: 'emma.clark@northwind.example', role: 'attendee' },
];
/** A transcript packet of M on stream s-1, `seconds` into the call. */
const line = (userName: string, seconds: number, text: string) => ({
  meetingUuid: M,
  rtmsStreamId: 's-1',
  zoomUserId: userName === 'Alex Morgan' ? 16778240 : 16779264,
  userName,
  startTime: CALL_START + seconds * 1000,
  endTime: CALL_START + seconds * 1000 + 2000,
  language: 9,
  text,
});
const transcriptOf = async (cookie: string) => meetingTranscriptSchema.parse((await get(app, path(M, '/transcript'), cookie).expect(200)).body);

it.beforeAll(async ({ store }) => {
  app = gainsightTestApp(store, { meetingEvents: hub });
  feed = createTranscriptFeed(store.prisma, hub);
  const launchAs = (username: string, mid: string, attendrole: string, host?: string) =>
    launchAndSignIn(app, store, { username, ...(host === undefined ? {} : { host }), context: { uid: `zoom-${username}-${mid}`, mid, attendrole } });
  alexHost = await launchAs('alex@acme.example', M, 'host');
  veraAttendee = await launchAs('vera@acme.example', M, 'attendee');
  alexElsewhere = await launchAs('alex@acme.example', OTHER, 'host');
  samOfGlobex = await launchAs('sam@globex.example', M, 'attendee', 'globex.us2.gainsightcloud.com');
  await clientOf(app, alexHost).put(path(M, '/roster'), { participants: roster }).expect(200);
});

describe('GET /api/meetings/:meetingUuid/transcript', () => {
  it('answers the transcript so far, oldest first, its speakers matched, and whether capture is on', async ({ store }) => {
    expect(await transcriptOf(veraAttendee)).toEqual({ capturing: false, items: [], retentionDays: 30 });
    await feed.started(M, 's-1');
    await feed.line(line('Emma Clark', 8, 'We need the rollout plan by Friday.'));
    await feed.line(line('Alex Morgan', 2, 'Thanks for joining, everyone.'));
    // A reconnect replays a packet: it is kept once.
    await feed.line(line('Emma Clark', 8, 'We need the rollout plan by Friday.'));

    const emma = await store.prisma.person.findFirstOrThrow({ where: { email: 'emma.clark@northwind.example', domain: { host: DEMO_MEETING.domainHost } } });
    const alex = await store.prisma.user.findFirstOrThrow({ where: { email: 'alex@acme.example', domain: { host: DEMO_MEETING.domainHost } } });
    const transcript = await transcriptOf(veraAttendee);
    expect(transcript.capturing).toBe(true);
    expect(transcript.items).toEqual([
      expect.objectContaining({ speakerName: 'Alex Morgan', userId: alex.id, side: 'ours', text: 'Thanks for joining, everyone.' }),
      expect.objectContaining({
        speakerName: 'Emma Clark',
        personId: emma.id,
        side: 'customer',
        startTime: '2026-03-02T09:00:08.000Z',
        endTime: '2026-03-02T09:00:10.000Z',
        language: 'en',
      }),
    ]);
    // The same as a text file, the after-call summary's full transcript.
    const text = await get(app, path(M, '/transcript.txt'), veraAttendee).expect(200);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.headers['content-disposition']).toContain('attachment');
    expect(text.text).toBe(
      '[2026-03-02 09:00:02 UTC] Alex Morgan: Thanks for joining, everyone.\n[2026-03-02 09:00:08 UTC] Emma Clark: We need the rollout plan by Friday.\n',
    );
  });

  it('answers exactly as the meeting itself does: 401 signed out, 404 for another meeting, 403 refused, nothing of another domain', async ({ store }) => {
    const statuses = async (cookie?: string) => [
      (await get(app, path(M), cookie)).status,
      (await get(app, path(M, '/transcript'), cookie)).status,
      (await get(app, path(M, '/transcript.txt'), cookie)).status,
    ];
    expect(await statuses()).toEqual([401, 401, 401]);
    expect(await statuses(alexElsewhere)).toEqual([404, 404, 404]);
    const vera = { email: 'vera@acme.example', domain: { host: DEMO_MEETING.domainHost } };
    // A licence that no longer admits the user to the Zoom app reaches their open session at once.
    await store.prisma.user.updateMany({ where: vera, data: { licence: 'INTERNAL_COLLABORATOR' } });
    try {
      expect(await statuses(veraAttendee)).toEqual([403, 403, 403]);
    } finally {
      await store.prisma.user.updateMany({ where: vera, data: { licence: 'VIEWER' } });
    }
    // Globex's sidebar of the same Zoom meeting sees its own domain's (empty) meeting, not acme's transcript.
    expect(await statuses(samOfGlobex)).toEqual([200, 200, 200]);
    expect(await transcriptOf(samOfGlobex)).toEqual({ capturing: false, items: [], retentionDays: 30 });
  });
});

describe('the transcript on the events stream', () => {
  let server: Server;
  beforeAll(async () => {
    server = app.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("pushes who begins speaking and each recorded line to the meeting's open sidebars, then capture off, and a revoked stream's transcript is gone", async () => {
    const stream = await followEventStream(server, path(M, '/events'), veraAttendee);
    const nextTranscriptEvent = async () => transcriptEventSchema.parse(await stream.next('transcript'));
    try {
      await stream.next('meeting');
      await feed.started(M, 's-1');
      expect(await nextTranscriptEvent()).toEqual({ kind: 'capture', capturing: true });
      // Emma begins speaking: every sidebar learns it at once, and a sidebar opened now reads it.
      await feed.speaking({ meetingUuid: M, rtmsStreamId: 's-1', zoomUserId: 16779264, userName: 'Emma Clark' });
      expect(await nextTranscriptEvent()).toEqual({
        kind: 'speaking',
        speaker: { speakerName: 'Emma Clark', personId: expect.any(String), side: 'customer', speakingForMs: 0 },
      });
      expect((await transcriptOf(veraAttendee)).speaking).toMatchObject({ speakerName: 'Emma Clark', side: 'customer' });
      // The host pauses and resumes: every sidebar hears it.
      await feed.paused(M, 's-1', true);
      expect(await nextTranscriptEvent()).toEqual({ kind: 'capture', capturing: true, paused: true });
      expect(await transcriptOf(veraAttendee)).toMatchObject({ capturing: true, paused: true });
      await feed.paused(M, 's-1', false);
      expect(await nextTranscriptEvent()).toEqual({ kind: 'capture', capturing: true });
      await feed.line(line('Emma Clark', 30, 'Can you send the renewal quote next week?'));
      expect(await nextTranscriptEvent()).toEqual({
        kind: 'segment',
        segment: expect.objectContaining({ speakerName: 'Emma Clark', side: 'customer', text: 'Can you send the renewal quote next week?' }),
      });

      await feed.stopped(M, 's-1', 8);
      expect(await nextTranscriptEvent()).toEqual({ kind: 'capture', capturing: false });
      expect(await transcriptOf(veraAttendee)).toEqual({ capturing: false, items: [], retentionDays: 30 });
    } finally {
      await stream.close();
    }
  });
});
