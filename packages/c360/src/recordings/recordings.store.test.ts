import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { rejection, useFixedClock, storeTest as it } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { createActivity } from '../timeline/create-activity.ts';
import type { Actor } from '../permissions/actor.ts';
import type { ZoomWebhookDelivery } from '../zoom/webhook-delivery.ts';
import { claimDueRecordingFiles } from './claim-due-recording-files.ts';
import { failRecordingDownload } from './fail-recording-download.ts';
import { listActivityRecordings } from './list-activity-recordings.ts';
import { readRecordingFileContent } from './read-recording-file-content.ts';
import { recordRecordingFiles } from './record-recording-files.ts';
import { searchActivityRecordings } from './search-activity-recordings.ts';
import { storeRecordingFile } from './store-recording-file.ts';

const HOST = 'zoom-host-1';
const TRANSCRIPT =
  'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAlex Doe: Renewal is 100% on track\n\n2\n00:00:04.000 --> 00:00:06.000\n佐藤 花子: 予算は承認済みです\n';
const CHAT = '00:00:05\t From  Mia Chen : deck_v2 link\n';

// Any moment: downloads fall due on the product's clock.
const clock = useFixedClock('2031-03-04T10:00:00.000Z');
let store: Store;
let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let globexUser: Actor;
let companyId: string;

/** A meeting the sidebar was opened in (hosted by HOST) and its logged activity. */
async function loggedMeeting(owner = alex, status: 'LOGGED' | 'DRAFT' = 'LOGGED') {
  const meetingUuid = `${randomUUID()}==`;
  const meeting = await prisma.meeting.create({
    data: { domainId: owner.domainId, meetingUuid, hostZoomUserId: HOST, companyId: owner === alex ? companyId : null },
  });
  const company = owner === alex ? companyId : (await prisma.company.findFirstOrThrow({ where: { domainId: owner.domainId } })).id;
  const activity = await createActivity(prisma, owner, {
    type: 'MEETING',
    subject: 'QBR',
    activityDate: '2026-11-20T09:00:00.000Z',
    companyId: company,
    meetingUuid,
    status,
  });
  return { meetingUuid, meetingId: meeting.id, activityId: activity.id };
}

function completed(meetingUuid: string, files: Array<{ id: string; file_type: string }>, host = HOST): ZoomWebhookDelivery {
  return {
    requestId: randomUUID(),
    event: 'recording.completed',
    eventTs: Date.now(),
    payload: {
      object: {
        uuid: meetingUuid,
        host_id: host,
        recording_files: files.map((file) => ({ ...file, download_url: `https://zoom.example/rec/download/${file.id}` })),
      },
    },
  };
}

const filesOf = (meetingId: string) => prisma.meetingRecordingFile.findMany({ where: { meetingId }, orderBy: { kind: 'asc' } });
const policy = { baseMs: 1000, maxAttempts: 3 };

it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  prisma = store.prisma;
  [alex, vera, globexUser] = await actors('alex@acme.example', 'vera@acme.example', 'olga.petrova@globex.example');
  companyId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId } })).id;
});

describe('queueing recording files', () => {
  it('queues the transcript and chat once, however often the event is delivered, and ignores video', async () => {
    const { meetingUuid, meetingId } = await loggedMeeting();
    const files = [
      { id: 'f-vtt', file_type: 'TRANSCRIPT' },
      { id: 'f-chat', file_type: 'CHAT' },
      { id: 'f-mp4', file_type: 'MP4' },
    ];

    expect(await recordRecordingFiles(prisma, completed(meetingUuid, files))).toEqual({ queued: 2 });
    expect(await recordRecordingFiles(prisma, completed(meetingUuid, files))).toEqual({ queued: 0 });
    const transcriptCompleted = { ...completed(meetingUuid, [files[0]!]), event: 'recording.transcript_completed' };
    expect(await recordRecordingFiles(prisma, transcriptCompleted)).toEqual({ queued: 0 });
    expect(await recordRecordingFiles(prisma, { ...completed(meetingUuid, files), event: 'meeting.ended' })).toEqual({ queued: 0 });

    const rows = await filesOf(meetingId);
    expect(rows.map((row) => [row.kind, row.zoomFileId, row.status])).toEqual([
      ['TRANSCRIPT', 'f-vtt', 'PENDING'],
      ['CHAT', 'f-chat', 'PENDING'],
    ]);
  });

  it('queues nothing for another host’s recording of the same meeting, or a meeting nobody opened the sidebar in', async () => {
    const { meetingUuid, meetingId } = await loggedMeeting();
    expect(await recordRecordingFiles(prisma, completed(meetingUuid, [{ id: 'x', file_type: 'TRANSCRIPT' }], 'someone-else'))).toEqual({ queued: 0 });
    expect(await recordRecordingFiles(prisma, completed('unknown-meeting==', [{ id: 'y', file_type: 'TRANSCRIPT' }]))).toEqual({ queued: 0 });
    expect(await filesOf(meetingId)).toEqual([]);
  });
});

describe('downloading recording files', () => {
  it('stores speaker-attributed lines that can be read and searched (case-insensitive, wildcards literal)', async () => {
    const { meetingUuid, meetingId, activityId } = await loggedMeeting();
    await recordRecordingFiles(
      prisma,
      completed(meetingUuid, [
        { id: 'v1', file_type: 'TRANSCRIPT' },
        { id: 'c1', file_type: 'CHAT' },
      ]),
    );
    const [transcript, chat] = await filesOf(meetingId);
    expect(await storeRecordingFile(prisma, transcript!.id, TRANSCRIPT)).toEqual({ stored: true, lineCount: 2 });
    expect(await storeRecordingFile(prisma, chat!.id, CHAT)).toEqual({ stored: true, lineCount: 1 });
    // Stored once: a second worker's late result changes nothing.
    expect(await storeRecordingFile(prisma, transcript!.id, TRANSCRIPT)).toEqual({ stored: false, lineCount: 0 });

    const { files } = await listActivityRecordings(prisma, vera, activityId);
    expect(files.map((file) => [file.kind, file.status, file.lineCount, file.attempts])).toEqual([
      ['TRANSCRIPT', 'STORED', 2, 1],
      ['CHAT', 'STORED', 1, 1],
    ]);
    expect(files[0]!.lines).toEqual([
      { seq: 0, startMs: 1000, endMs: 3000, speaker: 'Alex Doe', text: 'Renewal is 100% on track' },
      { seq: 1, startMs: 4000, endMs: 6000, speaker: '佐藤 花子', text: '予算は承認済みです' },
    ]);
    expect(files[1]!.lines).toEqual([{ seq: 0, startMs: 5000, speaker: 'Mia Chen', text: 'deck_v2 link' }]);

    const renewal = await searchActivityRecordings(prisma, vera, activityId, { q: 'RENEWAL' });
    expect(renewal.matches.map((match) => [match.kind, match.speaker, match.fileId])).toEqual([['TRANSCRIPT', 'Alex Doe', transcript!.id]]);
    expect((await searchActivityRecordings(prisma, vera, activityId, { q: '承認' })).matches).toHaveLength(1);
    expect((await searchActivityRecordings(prisma, vera, activityId, { q: '100%' })).matches).toHaveLength(1);
    expect((await searchActivityRecordings(prisma, vera, activityId, { q: '%' })).matches).toHaveLength(1);
    expect((await searchActivityRecordings(prisma, vera, activityId, { q: 'deck_v' })).matches).toHaveLength(1);
    expect((await searchActivityRecordings(prisma, vera, activityId, { q: 'k_v2' })).matches).toHaveLength(1);
    expect((await searchActivityRecordings(prisma, vera, activityId, { q: 'ka_v2' })).matches).toHaveLength(0);
    const empty = await rejection(searchActivityRecordings(prisma, vera, activityId, { q: '  ' }));
    expect(empty.code).toBe('VALIDATION');
    expect(empty.errors?.[0]?.path).toBe('q');

    const download = await readRecordingFileContent(prisma, vera, transcript!.id);
    expect(download).toMatchObject({ contentType: 'text/vtt', content: TRANSCRIPT });
    expect(download.fileName).toMatch(/^meeting-\d{4}-\d{2}-\d{2}-transcript\.vtt$/);

    const attached = await prisma.auditEvent.findMany({ where: { type: 'recording.attached', meetingUuid } });
    expect(attached).toHaveLength(2);
    expect(attached.every((event) => event.userId === null && event.companyId === companyId && event.domainId === alex.domainId)).toBe(true);
  });

  it('claims each due file once, even for two workers at the same moment', async () => {
    const { meetingUuid } = await loggedMeeting();
    await recordRecordingFiles(prisma, completed(meetingUuid, [{ id: 'claim-1', file_type: 'TRANSCRIPT' }]));
    const [first, second] = await Promise.all([claimDueRecordingFiles(prisma, 100), claimDueRecordingFiles(prisma, 100)]);
    const claimed = [...first, ...second].filter((file) => file.downloadUrl.endsWith('/claim-1'));
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({ kind: 'TRANSCRIPT', hostZoomUserId: HOST, attempts: 0 });
    expect((await claimDueRecordingFiles(prisma, 100)).some((file) => file.id === claimed[0]!.id)).toBe(false);
  });

  it('retries a failed download with a growing wait, then marks it FAILED and reports it', async () => {
    const { meetingUuid, meetingId, activityId } = await loggedMeeting();
    await recordRecordingFiles(prisma, completed(meetingUuid, [{ id: 'flaky', file_type: 'TRANSCRIPT' }]));
    const [file] = await filesOf(meetingId);
    const now = clock.now;

    expect(await failRecordingDownload(prisma, file!.id, 'Zoom answered HTTP 500', policy)).toEqual({
      status: 'PENDING',
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() + 1000),
    });
    expect(await failRecordingDownload(prisma, file!.id, 'Zoom answered HTTP 500', policy)).toMatchObject({
      nextAttemptAt: new Date(now.getTime() + 2000),
    });
    expect(await failRecordingDownload(prisma, file!.id, 'Zoom answered HTTP 503', policy)).toEqual({ status: 'FAILED', attempts: 3 });
    expect(await failRecordingDownload(prisma, file!.id, 'late', policy)).toEqual({ status: 'UNCHANGED' });

    const [view] = (await listActivityRecordings(prisma, alex, activityId)).files;
    expect(view).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'Zoom answered HTTP 503', lineCount: 0, lines: [] });
    const reported = await prisma.auditEvent.findMany({ where: { type: 'recording.download-failed', meetingUuid } });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ userId: null, companyId, data: { kind: 'TRANSCRIPT', attempts: 3, error: 'Zoom answered HTTP 503' } });

    // A new event about the file queues it again.
    await recordRecordingFiles(prisma, completed(meetingUuid, [{ id: 'flaky', file_type: 'TRANSCRIPT' }]));
    expect((await filesOf(meetingId))[0]).toMatchObject({ status: 'PENDING', attempts: 0 });
  });
});

describe('who can read recordings', () => {
  it('answers another domain’s activity and file, and someone else’s draft, as not found', async () => {
    const { meetingUuid, meetingId, activityId } = await loggedMeeting();
    await recordRecordingFiles(prisma, completed(meetingUuid, [{ id: 'iso', file_type: 'TRANSCRIPT' }]));
    const [file] = await filesOf(meetingId);
    await storeRecordingFile(prisma, file!.id, TRANSCRIPT);

    expect((await rejection(listActivityRecordings(prisma, globexUser, activityId))).code).toBe('NOT_FOUND');
    expect((await rejection(searchActivityRecordings(prisma, globexUser, activityId, { q: 'renewal' }))).code).toBe('NOT_FOUND');
    expect((await rejection(readRecordingFileContent(prisma, globexUser, file!.id))).code).toBe('NOT_FOUND');
    expect((await rejection(readRecordingFileContent(prisma, alex, 'not-a-uuid'))).code).toBe('NOT_FOUND');

    const draft = await loggedMeeting(alex, 'DRAFT');
    await recordRecordingFiles(prisma, completed(draft.meetingUuid, [{ id: 'draft', file_type: 'CHAT' }]));
    const [draftFile] = await filesOf(draft.meetingId);
    await storeRecordingFile(prisma, draftFile!.id, CHAT);
    expect((await listActivityRecordings(prisma, alex, draft.activityId)).files).toHaveLength(1);
    expect((await rejection(listActivityRecordings(prisma, vera, draft.activityId))).code).toBe('NOT_FOUND');
    expect((await rejection(readRecordingFileContent(prisma, vera, draftFile!.id))).code).toBe('NOT_FOUND');
  });

  it('shows no recordings for an activity without a meeting', async () => {
    const activity = await createActivity(prisma, alex, {
      type: 'CALL',
      subject: 'Call',
      activityDate: '2026-11-20T09:00:00.000Z',
      companyId,
      status: 'LOGGED',
    });
    expect(await listActivityRecordings(prisma, alex, activity.id)).toEqual({ files: [] });
  });
});
