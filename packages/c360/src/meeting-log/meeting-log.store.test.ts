import { afterAll, beforeAll, describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { saveRoster, setMeetingSubject } from '../meetings/meeting-store.ts';
import { DEMO_MEETING } from '../seed/demo-meeting.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { storeRecordingFile } from '../recordings/store-recording-file.ts';
import { createActivity } from '../timeline/create-activity.ts';
import { updateActivity } from '../timeline/update-activity.ts';
import type { Actor } from '../permissions/actor.ts';
import { actOnMeetingLog } from './act-on-meeting-log.ts';
import { endMeeting } from './end-meeting.ts';
import { listMeetingLogs } from './list-meeting-logs.ts';
import { readMeetingLog } from './read-meeting-log.ts';
import { requireHostedMeeting } from './require-hosted-meeting.ts';
import { recordTranscriptLine } from '../transcripts/index.ts';

let store: Store;
let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let sam: Actor;
let northwindId: string;
let otherCompanyId: string;
let meetingCount = 0;

const ALEX_ZOOM = 'zoom-alex';

const roster = () => [
  { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername, role: 'host' as const },
  { participantUuid: 'p-emma', displayName: 'Emma Clark', email: 'emma.clark@northwind.example', role: 'attendee' as const },
  { participantUuid: 'p-jordan', ...DEMO_MEETING.unknownAttendee, role: 'attendee' as const },
];

/** A meeting alex hosts, about `companyId` (none when null), started an hour before it ends. */
async function hostedMeeting(companyId: string | null = northwindId, host: Actor = alex): Promise<string> {
  meetingCount += 1;
  const meetingUuid = `log-${meetingCount}==`;
  const key = { domainId: host.domainId, meetingUuid };
  await saveRoster(prisma, { ...key, sender: { userId: host.id, zoomUserId: ALEX_ZOOM } }, { participants: roster(), topic: `Review ${meetingCount}` });
  if (companyId) await setMeetingSubject(prisma, key, { companyId });
  await prisma.meeting.update({ where: { domainId_meetingUuid: key }, data: { startedAt: new Date('2026-11-20T09:00:00Z') } });
  return meetingUuid;
}

const END = new Date('2026-11-20T10:00:00Z');
const endBySidebar = (meetingUuid: string, who = alex) =>
  endMeeting(prisma, { source: 'sidebar', domainId: who.domainId, hostUserId: who.id, meetingUuid, endedAt: END });
const endByWebhook = (meetingUuid: string, hostZoomUserId = ALEX_ZOOM) => endMeeting(prisma, { source: 'webhook', hostZoomUserId, meetingUuid, endedAt: END });
const activitiesOf = (meetingUuid: string, domainId = alex.domainId) =>
  prisma.activity.findMany({ where: { domainId, meetingUuid }, include: { internalAttendees: true, externalAttendees: true } });
const setMode = (meetingLogMode: 'AUTO' | 'MANUAL') => prisma.domain.update({ where: { id: alex.domainId }, data: { meetingLogMode } });
const logOf = (meetingUuid: string, viewer = alex) => readMeetingLog(prisma, { domainId: viewer.domainId, meetingUuid, viewerId: viewer.id });

it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  prisma = store.prisma;
  [alex, vera, sam] = await actors('alex@acme.example', 'vera@acme.example', 'sam@globex.example');
  northwindId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, name: DEMO_MEETING.companyName } })).id;
  otherCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, id: { not: northwindId } } })).id;
});

describe('the roster', () => {
  it("names the first sender the meeting's host and starts the meeting; a co-host's later roster keeps them", async () => {
    const meetingUuid = await hostedMeeting();
    const key = { domainId: alex.domainId, meetingUuid };
    const before = await prisma.meeting.findUniqueOrThrow({ where: { domainId_meetingUuid: key } });
    await saveRoster(prisma, { ...key, sender: { userId: vera.id, zoomUserId: 'zoom-vera' } }, { participants: roster() });
    const after = await prisma.meeting.findUniqueOrThrow({ where: { domainId_meetingUuid: key } });
    expect(after).toMatchObject({ hostUserId: alex.id, hostZoomUserId: ALEX_ZOOM, startedAt: before.startedAt });
  });
});

describe('auto mode', () => {
  beforeAll(() => setMode('AUTO'));
  afterAll(() => setMode('MANUAL'));

  it('logs exactly one Meeting activity for a meeting ended by the webhook and then by the sidebar', async () => {
    const meetingUuid = await hostedMeeting();
    expect(await endByWebhook(meetingUuid)).toEqual([{ domainId: alex.domainId, meetingUuid, state: 'LOGGED' }]);
    expect(await endBySidebar(meetingUuid)).toEqual([]);
    const [activity, ...more] = await activitiesOf(meetingUuid);
    expect(more).toEqual([]);
    expect(activity).toMatchObject({
      type: 'MEETING',
      status: 'LOGGED',
      source: 'ZOOM_MEETING_LOG',
      subject: `Review ${meetingCount}`,
      authorId: alex.id,
      companyId: northwindId,
      durationMinutes: 60,
      activityDate: new Date('2026-11-20T09:00:00Z'),
    });
    expect(activity!.internalAttendees.map((a) => a.userId)).toEqual([alex.id]);
    expect(activity!.externalAttendees).toHaveLength(1);
    const log = await logOf(meetingUuid);
    expect(log).toMatchObject({ state: 'LOGGED', isMine: true, activity: { id: activity!.id } });
    const audit = await prisma.auditEvent.findMany({ where: { type: 'meeting.logged', meetingUuid } });
    expect(audit.map((event) => event.data)).toEqual([{ activityId: activity!.id, mode: 'AUTO' }]);
  });

  it('logs one activity when the webhook and the sidebar end the meeting at the same time', async () => {
    const meetingUuid = await hostedMeeting();
    const results = await Promise.all([endByWebhook(meetingUuid), endBySidebar(meetingUuid), endByWebhook(meetingUuid)]);
    expect(results.flat()).toHaveLength(1);
    expect(await activitiesOf(meetingUuid)).toHaveLength(1);
  });

  it("logs the host's draft of the meeting instead of writing a second activity", async () => {
    const meetingUuid = await hostedMeeting();
    const draft = await createActivity(prisma, alex, {
      type: 'MEETING',
      subject: 'My notes',
      notes: '<p>Renewal next month</p>',
      activityDate: '2026-11-20T09:05:00.000Z',
      companyId: northwindId,
      meetingUuid,
    });
    await endBySidebar(meetingUuid);
    const activities = await activitiesOf(meetingUuid);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ id: draft.id, status: 'LOGGED', subject: 'My notes', notes: '<p>Renewal next month</p>', durationMinutes: 60 });
    expect(activities[0]!.externalAttendees).toHaveLength(1);
  });

  it('does not trust a webhook naming another host', async () => {
    const meetingUuid = await hostedMeeting();
    expect(await endByWebhook(meetingUuid, 'zoom-somebody-else')).toEqual([]);
    expect((await logOf(meetingUuid)).state).toBe('IN_PROGRESS');
  });

  it('leaves the log pending when no company was chosen', async () => {
    const meetingUuid = await hostedMeeting(null);
    expect(await endBySidebar(meetingUuid)).toEqual([{ domainId: alex.domainId, meetingUuid, state: 'PENDING' }]);
    expect(await activitiesOf(meetingUuid)).toEqual([]);
  });
});

describe('manual mode', () => {
  it('logs nothing until the host saves, then exactly one activity with the edits', async () => {
    const meetingUuid = await hostedMeeting();
    expect(await endByWebhook(meetingUuid)).toEqual([{ domainId: alex.domainId, meetingUuid, state: 'PENDING' }]);
    expect(await activitiesOf(meetingUuid)).toEqual([]);
    expect(await logOf(meetingUuid)).toMatchObject({
      state: 'PENDING',
      isMine: true,
      activity: null,
      meeting: { durationMinutes: 60, companyId: northwindId },
    });

    const save = { action: 'save', activity: { subject: 'QBR', notes: '<p>Went well</p>' } };
    expect(await actOnMeetingLog(prisma, alex, { meetingUuid, body: save })).toEqual([meetingUuid]);
    // A retried save answers as the first one did and writes nothing more.
    expect(await actOnMeetingLog(prisma, alex, { meetingUuid, body: save })).toEqual([]);
    const activities = await activitiesOf(meetingUuid);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ subject: 'QBR', notes: '<p>Went well</p>', status: 'LOGGED' });
    expect(await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'discard' } }).catch((e: unknown) => e)).toMatchObject({
      code: 'CONFLICT',
      details: { state: 'LOGGED' },
    });
  });

  it('discard leaves nothing: no activity, and the draft is gone', async () => {
    const meetingUuid = await hostedMeeting();
    await createActivity(prisma, alex, { type: 'MEETING', subject: 'Draft', activityDate: '2026-11-20T09:05:00.000Z', companyId: northwindId, meetingUuid });
    await endBySidebar(meetingUuid);
    expect(await logOf(meetingUuid)).toMatchObject({ state: 'PENDING', activity: { subject: 'Draft', status: 'DRAFT' } });
    await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'discard' } });
    expect(await activitiesOf(meetingUuid)).toEqual([]);
    expect(await logOf(meetingUuid)).toMatchObject({ state: 'DISCARDED', activity: null });
    expect(await prisma.auditEvent.count({ where: { type: 'meeting.log-discarded', meetingUuid } })).toBe(1);
  });

  it('save and close all logs every pending meeting of that company and no others', async () => {
    const first = await hostedMeeting();
    const second = await hostedMeeting();
    const otherCompany = await hostedMeeting(otherCompanyId);
    const notEnded = await hostedMeeting();
    await createActivity(prisma, alex, {
      type: 'MEETING',
      subject: 'Second draft',
      activityDate: '2026-11-20T09:05:00.000Z',
      companyId: northwindId,
      meetingUuid: second,
    });
    for (const meetingUuid of [first, second, otherCompany]) await endBySidebar(meetingUuid);
    expect((await logOf(first)).otherPending.map((m) => m.meetingUuid)).toContain(second);

    const changed = await actOnMeetingLog(prisma, alex, { meetingUuid: first, body: { action: 'save-close-all' } });
    expect(changed).toEqual(expect.arrayContaining([first, second]));
    expect(changed).not.toContain(otherCompany);
    expect(await activitiesOf(first)).toHaveLength(1);
    expect(await activitiesOf(second)).toMatchObject([{ subject: 'Second draft', type: 'MEETING', status: 'LOGGED' }]);
    expect(await activitiesOf(otherCompany)).toEqual([]);
    expect(await activitiesOf(notEnded)).toEqual([]);
    expect((await logOf(otherCompany)).state).toBe('PENDING');
  });

  it('two "Save and close all" at once share the work: neither fails and each meeting is logged once', async () => {
    const meetings = [await hostedMeeting(), await hostedMeeting(), await hostedMeeting()];
    for (const meetingUuid of meetings) await endBySidebar(meetingUuid);
    const saveCloseAll = (meetingUuid: string) => actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'save-close-all' } });
    await Promise.all([saveCloseAll(meetings[0]!), saveCloseAll(meetings[1]!)]);
    for (const meetingUuid of meetings) {
      expect(await activitiesOf(meetingUuid)).toHaveLength(1);
      expect((await logOf(meetingUuid)).state).toBe('LOGGED');
    }
  });

  it('asks for a company when the meeting has none, and logs on the one chosen', async () => {
    const meetingUuid = await hostedMeeting(null);
    await endBySidebar(meetingUuid);
    const error = await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'save' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'companyId' }] });
    await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'save', activity: { companyId: northwindId } } });
    expect(await activitiesOf(meetingUuid)).toMatchObject([{ companyId: northwindId }]);
    expect((await logOf(meetingUuid)).meeting.companyId).toBe(northwindId);
  });

  it('only the host may save', async () => {
    const meetingUuid = await hostedMeeting();
    expect(await endBySidebar(meetingUuid, vera)).toEqual([]);
    await endBySidebar(meetingUuid);
    expect(await logOf(meetingUuid, vera)).toMatchObject({ state: 'PENDING', isMine: false, activity: null, otherPending: [] });
    const error = await actOnMeetingLog(prisma, vera, { meetingUuid, body: { action: 'save' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
    expect(await activitiesOf(meetingUuid)).toEqual([]);
  });

  it("another domain's meeting is invisible", async () => {
    const meetingUuid = await hostedMeeting();
    await endBySidebar(meetingUuid);
    expect(await endBySidebar(meetingUuid, sam)).toEqual([]);
    expect((await logOf(meetingUuid, sam)).state).toBe('IN_PROGRESS');
    const error = await actOnMeetingLog(prisma, sam, { meetingUuid, body: { action: 'save' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the bad field of a malformed answer', async () => {
    const meetingUuid = await hostedMeeting();
    const error = await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'keep', activity: { subject: '' } } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect((error as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toEqual(expect.arrayContaining(['action', 'activity.subject']));
  });
});

describe("the meeting's one activity", () => {
  /** An activity alex writes in the meeting's sidebar during the call (the Timeline's "Log activity"). */
  const writeInCall = (
    meetingUuid: string,
    fields: { type?: 'MEETING' | 'CALL'; status?: 'DRAFT' | 'LOGGED'; companyId?: string; notes?: string; who?: Actor } = {},
  ) =>
    createActivity(prisma, fields.who ?? alex, {
      type: fields.type ?? 'MEETING',
      status: fields.status ?? 'LOGGED',
      subject: `In the call ${meetingCount}`,
      notes: fields.notes ?? '<p>Said in the call</p>',
      activityDate: '2026-11-20T09:10:00.000Z',
      companyId: fields.companyId ?? northwindId,
      meetingUuid,
    });
  const save = (meetingUuid: string, activity: object, action = 'save') => actOnMeetingLog(prisma, alex, { meetingUuid, body: { action, activity } });

  it('the after-call panel opens the activity logged in the call, and Save writes the wrap-up onto it as a new version', async () => {
    const meetingUuid = await hostedMeeting();
    const inCall = await writeInCall(meetingUuid);
    await endBySidebar(meetingUuid);
    const log = await logOf(meetingUuid);
    expect(log).toMatchObject({
      state: 'PENDING',
      activity: { id: inCall.id, notes: '<p>Said in the call</p>', status: 'LOGGED' },
      meeting: { durationMinutes: 60 },
    });
    expect(log.activity!.externalAttendees).toEqual(inCall.externalAttendees);

    await save(meetingUuid, { subject: 'QBR wrap-up', notes: '<p>Said in the call</p><p>Wrap-up</p>', version: log.activity!.version });
    const [activity, ...more] = await activitiesOf(meetingUuid);
    expect(more).toEqual([]);
    expect(activity).toMatchObject({
      id: inCall.id,
      subject: 'QBR wrap-up',
      notes: '<p>Said in the call</p><p>Wrap-up</p>',
      version: inCall.version + 1,
      durationMinutes: 60,
    });
    expect(await logOf(meetingUuid)).toMatchObject({ state: 'LOGGED', activity: { id: inCall.id, subject: 'QBR wrap-up' } });
  });

  it('a Save from a version the activity has left is a conflict carrying the current activity, and writes nothing', async () => {
    const meetingUuid = await hostedMeeting();
    const inCall = await writeInCall(meetingUuid);
    await endBySidebar(meetingUuid);
    const shown = (await logOf(meetingUuid)).activity!;
    await updateActivity(prisma, alex, inCall.id, { notes: '<p>Edited in another window</p>', version: shown.version });

    const error = await rejection(save(meetingUuid, { subject: 'Wrap-up', notes: '<p>Mine</p>', version: shown.version }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { current: { id: inCall.id, notes: '<p>Edited in another window</p>', version: shown.version + 1 } },
    });
    expect((await logOf(meetingUuid)).state).toBe('PENDING');
    // A panel that showed no activity at all conflicts with the one written since, instead of overwriting it.
    const none = await hostedMeeting();
    await endBySidebar(none);
    await writeInCall(none);
    expect(await rejection(save(none, { subject: 'Wrap-up' }))).toMatchObject({
      code: 'CONFLICT',
      details: { current: { subject: `In the call ${meetingCount}` } },
    });
  });

  it('is exactly one whatever the order: logged in the call, then the webhook, then the sidebar, in auto mode', async () => {
    await setMode('AUTO');
    try {
      const meetingUuid = await hostedMeeting();
      const inCall = await writeInCall(meetingUuid);
      await endByWebhook(meetingUuid);
      await endBySidebar(meetingUuid);
      expect(await activitiesOf(meetingUuid)).toMatchObject([{ id: inCall.id, notes: '<p>Said in the call</p>', status: 'LOGGED', durationMinutes: 60 }]);
      expect(await logOf(meetingUuid)).toMatchObject({ state: 'LOGGED', activity: { id: inCall.id } });
    } finally {
      await setMode('MANUAL');
    }
  });

  it('keeps the other activities of the meeting separate: another type, another company, another author, a later one', async () => {
    const meetingUuid = await hostedMeeting();
    const call = await writeInCall(meetingUuid, { type: 'CALL' });
    const elsewhere = await writeInCall(meetingUuid, { companyId: otherCompanyId });
    const veras = await writeInCall(meetingUuid, { who: vera });
    const first = await writeInCall(meetingUuid);
    const second = await writeInCall(meetingUuid);
    await endBySidebar(meetingUuid);
    expect((await logOf(meetingUuid)).activity?.id).toBe(first.id);
    await save(meetingUuid, { subject: 'Wrap-up', version: first.version });
    const after = new Map((await activitiesOf(meetingUuid)).map((activity) => [activity.id, activity]));
    expect(after.size).toBe(5);
    for (const untouched of [call, elsewhere, veras, second])
      expect(after.get(untouched.id)).toMatchObject({ version: untouched.version, subject: untouched.subject });
    expect(after.get(first.id)).toMatchObject({ subject: 'Wrap-up' });
  });

  it('the draft chosen when the meeting ended stays its activity when another draft is written afterwards', async () => {
    const meetingUuid = await hostedMeeting();
    const chosen = await writeInCall(meetingUuid, { status: 'DRAFT' });
    await endBySidebar(meetingUuid);
    const later = await writeInCall(meetingUuid, { status: 'DRAFT' });
    expect((await logOf(meetingUuid)).activity?.id).toBe(chosen.id);
    await save(meetingUuid, { notes: '<p>Wrap-up</p>', version: chosen.version });
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: chosen.id } })).toMatchObject({ status: 'LOGGED', notes: '<p>Wrap-up</p>' });
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: 'DRAFT' });
  });

  it('"draft" keeps the panel\'s content on a new draft (for follow-ups); a repeat that did not see it conflicts; Save logs that same activity', async () => {
    const meetingUuid = await hostedMeeting();
    await endBySidebar(meetingUuid);
    expect(await save(meetingUuid, { subject: 'Wrap-up', notes: '<p>Typed</p>' }, 'draft')).toEqual([meetingUuid]);
    const log = await logOf(meetingUuid);
    expect(log).toMatchObject({ state: 'PENDING', activity: { subject: 'Wrap-up', notes: '<p>Typed</p>', status: 'DRAFT', durationMinutes: 60 } });
    expect(await rejection(save(meetingUuid, { subject: 'Wrap-up', notes: '<p>Typed</p>' }, 'draft'))).toMatchObject({
      code: 'CONFLICT',
      details: { current: { id: log.activity!.id } },
    });

    await save(meetingUuid, { subject: 'Wrap-up', notes: '<p>Typed, then more</p>', version: log.activity!.version });
    expect(await activitiesOf(meetingUuid)).toMatchObject([{ id: log.activity!.id, status: 'LOGGED', notes: '<p>Typed, then more</p>' }]);
  });

  it('discard keeps an activity logged in the call as it was, and the discarded log shows none', async () => {
    const meetingUuid = await hostedMeeting();
    const inCall = await writeInCall(meetingUuid);
    await endBySidebar(meetingUuid);
    await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'discard' } });
    expect(await activitiesOf(meetingUuid)).toMatchObject([{ id: inCall.id, status: 'LOGGED', version: inCall.version }]);
    expect(await logOf(meetingUuid)).toMatchObject({ state: 'DISCARDED', activity: null });
  });

  it("a webhook after the sidebar's end gives the pending log the meeting's real start and end", async () => {
    const meetingUuid = await hostedMeeting();
    await endBySidebar(meetingUuid);
    const corrected = await endMeeting(prisma, {
      source: 'webhook',
      hostZoomUserId: ALEX_ZOOM,
      meetingUuid,
      startedAt: new Date('2026-11-20T08:30:00Z'),
      endedAt: new Date('2026-11-20T10:05:00Z'),
    });
    expect(corrected).toEqual([{ domainId: alex.domainId, meetingUuid, state: 'PENDING' }]);
    expect((await logOf(meetingUuid)).meeting.durationMinutes).toBe(95);
    await save(meetingUuid, { subject: 'Wrap-up' });
    expect(await activitiesOf(meetingUuid)).toMatchObject([{ durationMinutes: 95, activityDate: new Date('2026-11-20T08:30:00Z') }]);
  });
});

describe("the host's meeting logs of any meeting", () => {
  const endAt = (meetingUuid: string, endedAt: string) =>
    endMeeting(prisma, { source: 'sidebar', domainId: alex.domainId, hostUserId: alex.id, meetingUuid, endedAt: new Date(endedAt) });
  const pendingOf = (viewer: Actor, query: object = { state: 'PENDING' }) => listMeetingLogs(prisma, { domainId: viewer.domainId, viewerId: viewer.id, query });

  it('lists only their pending logs, most recently ended first, page by page, with the count of them all', async () => {
    const before = await pendingOf(alex, { state: 'PENDING', limit: 50 });
    const older = await hostedMeeting();
    const newer = await hostedMeeting(null);
    const saved = await hostedMeeting();
    await hostedMeeting(); // not ended
    await endAt(older, '2030-01-01T10:00:00Z');
    await endAt(newer, '2030-01-02T10:00:00Z');
    await endAt(saved, '2030-01-03T10:00:00Z');
    await actOnMeetingLog(prisma, alex, { meetingUuid: saved, body: { action: 'save' } });

    const first = await pendingOf(alex, { state: 'PENDING', limit: 1 });
    expect(first).toMatchObject({
      total: before.total + 2,
      items: [{ meetingUuid: newer, topic: expect.stringMatching(/^Review/), subjectName: null, endedAt: '2030-01-02T10:00:00.000Z' }],
    });
    const second = await pendingOf(alex, { state: 'PENDING', limit: 1, cursor: first.nextCursor });
    expect(second.items).toMatchObject([{ meetingUuid: older, subjectName: DEMO_MEETING.companyName }]);
    expect((await pendingOf(vera)).items.map((item) => item.meetingUuid)).not.toContain(older);
    expect((await pendingOf(sam)).items.map((item) => item.meetingUuid)).not.toContain(older);
  });

  it('names the bad field of a malformed query', async () => {
    const error = await rejection(pendingOf(alex, { state: 'LOGGED', cursor: 'nope' }));
    expect(error.errors?.map((e) => e.path)).toContain('state');
    expect(await rejection(pendingOf(alex, { state: 'PENDING', cursor: 'nope' }))).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'cursor' }] });
  });

  it("reaches a meeting's log only for its host: another user's or domain's meeting is not found", async () => {
    const meetingUuid = await hostedMeeting();
    await expect(requireHostedMeeting(prisma, { domainId: alex.domainId, meetingUuid, hostUserId: alex.id })).resolves.toBeUndefined();
    expect(await rejection(requireHostedMeeting(prisma, { domainId: vera.domainId, meetingUuid, hostUserId: vera.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(requireHostedMeeting(prisma, { domainId: sam.domainId, meetingUuid, hostUserId: sam.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the conversation of the log', () => {
  const TRANSCRIPT = [
    'WEBVTT',
    '00:01:00.000 --> 00:01:05.000\nAlex Morgan: Thanks for joining, the renewal is our main topic.',
    '00:02:00.000 --> 00:02:05.000\nEmma Clark: We had an outage in October and the renewal budget is a concern.',
    '00:03:00.000 --> 00:03:05.000\nEmma Clark: 来週までに利用データを共有します。',
    '00:04:00.000 --> 00:04:05.000\nWe never said who this was.',
    // 15:30 UTC on Friday: already Saturday in Tokyo, so "tomorrow" is a day later there.
    '06:30:00.000 --> 06:30:05.000\nAlex Morgan: I will send the renewal quote tomorrow.',
  ].join('\n\n');

  async function withTranscript(meetingUuid: string) {
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { domainId_meetingUuid: { domainId: alex.domainId, meetingUuid } } });
    const file = await prisma.meetingRecordingFile.create({
      data: { domainId: alex.domainId, meetingId: meeting.id, zoomFileId: `t-${meetingUuid}`, kind: 'TRANSCRIPT', downloadUrl: 'https://zoom.example/t' },
    });
    await storeRecordingFile(prisma, file.id, TRANSCRIPT);
    return file.id;
  }

  it('has no summary nor action items before a transcript is stored', async () => {
    const meetingUuid = await hostedMeeting();
    await endBySidebar(meetingUuid);
    expect(await logOf(meetingUuid)).toMatchObject({ state: 'PENDING', summary: null, actionItems: [] });
  });

  it("summarises the recording's transcript for the host and proposes its commitments, owned by the roster's speaker, due in the viewer's calendar", async () => {
    const meetingUuid = await hostedMeeting();
    await endBySidebar(meetingUuid);
    const fileId = await withTranscript(meetingUuid);
    // The roster matched Emma by her e-mail to Northwind's person; without her time zone on record, days are UTC's.
    const emma = await prisma.person.findFirstOrThrow({ where: { domainId: alex.domainId, email: 'emma.clark@northwind.example' } });
    await prisma.person.update({ where: { id: emma.id }, data: { timezone: null } });

    const log = await logOf(meetingUuid);
    expect(log.summary).toEqual({
      keyLines: [
        { speakerName: 'Emma Clark', text: 'We had an outage in October and the renewal budget is a concern.', startTime: '2026-11-20T09:02:00.000Z' },
        { speakerName: 'Emma Clark', text: '来週までに利用データを共有します。', startTime: '2026-11-20T09:03:00.000Z' },
        { speakerName: 'Alex Morgan', text: 'I will send the renewal quote tomorrow.', startTime: '2026-11-20T15:30:00.000Z' },
      ],
      topics: ['renewal'],
      transcriptFileId: fileId,
      live: false,
    });
    expect(log.actionItems).toEqual([
      {
        text: '来週までに利用データを共有します。',
        ownerName: 'Emma Clark',
        personId: emma.id,
        dueDate: '2026-11-27',
        sourceLine: { speakerName: 'Emma Clark', text: '来週までに利用データを共有します。', startTime: '2026-11-20T09:03:00.000Z' },
      },
      {
        text: 'I will send the renewal quote tomorrow.',
        ownerName: 'Alex Morgan',
        // The roster recognised the host as our user alex.
        userId: alex.id,
        dueDate: '2026-11-21',
        sourceLine: { speakerName: 'Alex Morgan', text: 'I will send the renewal quote tomorrow.', startTime: '2026-11-20T15:30:00.000Z' },
      },
    ]);
    const inTokyo = await readMeetingLog(prisma, { domainId: alex.domainId, meetingUuid, viewerId: alex.id, timeZone: 'Asia/Tokyo' });
    expect(inTokyo.actionItems.map((item) => item.dueDate)).toEqual(['2026-11-27', '2026-11-22']);
    // Without a zone given, the customer speakers' on record is the meeting's calendar.
    await prisma.person.update({ where: { id: emma.id }, data: { timezone: 'Asia/Tokyo' } });
    expect((await logOf(meetingUuid)).actionItems.map((item) => item.dueDate)).toEqual(['2026-11-27', '2026-11-22']);
    await prisma.person.update({ where: { id: emma.id }, data: { timezone: emma.timezone } });
  });

  it("summarises the live transcript when the meeting was captured, ahead of the recording's, its speakers matched as recorded", async () => {
    const meetingUuid = await hostedMeeting();
    const said = (zoomUserId: number, userName: string, atMinute: number, text: string) =>
      recordTranscriptLine(prisma, {
        meetingUuid,
        rtmsStreamId: 'stream-1',
        zoomUserId,
        userName,
        startTime: Date.parse('2026-11-20T09:00:00Z') + atMinute * 60_000,
        endTime: Date.parse('2026-11-20T09:00:05Z') + atMinute * 60_000,
        language: atMinute === 2 ? 20 : 9,
        text,
      });
    await said(1, 'Alex Morgan', 1, 'I will send the pricing proposal by Friday.');
    await said(2, 'Emma Clark', 2, '月末までに契約書を確認します。');
    await endBySidebar(meetingUuid);
    await withTranscript(meetingUuid);
    const emma = await prisma.person.findFirstOrThrow({ where: { domainId: alex.domainId, email: 'emma.clark@northwind.example' } });

    const log = await logOf(meetingUuid);
    expect(log.summary).toMatchObject({ transcriptFileId: null, live: true });
    expect(log.actionItems).toEqual([
      expect.objectContaining({ text: 'I will send the pricing proposal by Friday.', ownerName: 'Alex Morgan', userId: alex.id, dueDate: '2026-11-27' }),
      expect.objectContaining({ text: '月末までに契約書を確認します。', ownerName: 'Emma Clark', personId: emma.id, dueDate: '2026-11-30' }),
    ]);
  });

  it('shows the conversation only to those who see the log: a colleague once it is logged, not while it is pending', async () => {
    const meetingUuid = await hostedMeeting();
    await endBySidebar(meetingUuid);
    await withTranscript(meetingUuid);
    expect(await logOf(meetingUuid, vera)).toMatchObject({ summary: null, actionItems: [] });
    await actOnMeetingLog(prisma, alex, { meetingUuid, body: { action: 'save', activity: { subject: 'QBR', notes: '' } } });
    const logged = await logOf(meetingUuid, vera);
    expect(logged.summary?.keyLines).toHaveLength(3);
    expect(logged.actionItems.map((item) => item.ownerName)).toEqual(['Emma Clark', 'Alex Morgan']);
  });
});
