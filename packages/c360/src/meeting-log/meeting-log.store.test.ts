import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/support/index.ts';
import { saveRoster, setMeetingSubject } from '../meetings/meeting-store.ts';
import { DEMO_MEETING } from '../seed/demo-meeting.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { createActivity } from '../timeline/create-activity.ts';
import type { TimelineActor } from '../timeline/timeline-actor.ts';
import { actOnMeetingLog } from './act-on-meeting-log.ts';
import { endMeeting } from './end-meeting.ts';
import { readMeetingLog } from './read-meeting-log.ts';

let store: Store;
let prisma: PrismaClient;
let alex: TimelineActor;
let vera: TimelineActor;
let sam: TimelineActor;
let northwindId: string;
let otherCompanyId: string;
let meetingCount = 0;

const ALEX_ZOOM = 'zoom-alex';

async function actor(email: string): Promise<TimelineActor> {
  const user = await prisma.user.findFirstOrThrow({ where: { email } });
  return { id: user.id, domainId: user.domainId, licence: user.licence, isAdmin: user.isAdmin };
}

const roster = () => [
  { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername, role: 'host' as const },
  { participantUuid: 'p-emma', displayName: 'Emma Clark', email: 'emma.clark@northwind.example', role: 'attendee' as const },
  { participantUuid: 'p-jordan', ...DEMO_MEETING.unknownAttendee, role: 'attendee' as const },
];

/** A meeting alex hosts, about `companyId` (none when null), started an hour before it ends. */
async function hostedMeeting(companyId: string | null = northwindId, host: TimelineActor = alex): Promise<string> {
  meetingCount += 1;
  const meetingUuid = `log-${meetingCount}==`;
  const key = { domainId: host.domainId, meetingUuid };
  await saveRoster(prisma, { ...key, participants: roster(), topic: `Review ${meetingCount}`, sender: { userId: host.id, zoomUserId: ALEX_ZOOM } });
  if (companyId) await setMeetingSubject(prisma, { ...key, companyId });
  await prisma.meeting.update({ where: { domainId_meetingUuid: key }, data: { startedAt: new Date('2026-11-20T09:00:00Z') } });
  return meetingUuid;
}

const END = new Date('2026-11-20T10:00:00Z');
const endBySidebar = (meetingUuid: string, who = alex) =>
  endMeeting(prisma, { source: 'sidebar', domainId: who.domainId, hostUserId: who.id, meetingUuid, endedAt: END });
const endByWebhook = (meetingUuid: string, hostZoomUserId = ALEX_ZOOM) =>
  endMeeting(prisma, { source: 'webhook', hostZoomUserId, meetingUuid, endedAt: END });
const activitiesOf = (meetingUuid: string, domainId = alex.domainId) =>
  prisma.activity.findMany({ where: { domainId, meetingUuid }, include: { internalAttendees: true, externalAttendees: true } });
const setMode = (meetingLogMode: 'AUTO' | 'MANUAL') => prisma.domain.update({ where: { id: alex.domainId }, data: { meetingLogMode } });
const logOf = (meetingUuid: string, viewer = alex) => readMeetingLog(prisma, { domainId: viewer.domainId, meetingUuid, viewerId: viewer.id });

beforeAll(async () => {
  store = await createTestStore({ seeded: true });
  prisma = store.prisma;
  alex = await actor('alex@acme.example');
  vera = await actor('vera@acme.example');
  sam = await actor('sam@globex.example');
  northwindId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, name: DEMO_MEETING.companyName } })).id;
  otherCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, id: { not: northwindId } } })).id;
});
afterAll(async () => {
  await store?.close();
});

describe('the roster', () => {
  it("names the first sender the meeting's host and starts the meeting; a co-host's later roster keeps them", async () => {
    const meetingUuid = await hostedMeeting();
    const key = { domainId: alex.domainId, meetingUuid };
    const before = await prisma.meeting.findUniqueOrThrow({ where: { domainId_meetingUuid: key } });
    await saveRoster(prisma, { ...key, participants: roster(), sender: { userId: vera.id, zoomUserId: 'zoom-vera' } });
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
    expect(await logOf(meetingUuid)).toMatchObject({ state: 'PENDING', isMine: true, activity: null, meeting: { durationMinutes: 60, companyId: northwindId } });

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
    await createActivity(prisma, alex, { type: 'CALL', subject: 'Second draft', activityDate: '2026-11-20T09:05:00.000Z', companyId: northwindId, meetingUuid: second });
    for (const meetingUuid of [first, second, otherCompany]) await endBySidebar(meetingUuid);
    expect((await logOf(first)).otherPending.map((m) => m.meetingUuid)).toContain(second);

    const changed = await actOnMeetingLog(prisma, alex, { meetingUuid: first, body: { action: 'save-close-all' } });
    expect(changed).toEqual(expect.arrayContaining([first, second]));
    expect(changed).not.toContain(otherCompany);
    expect(await activitiesOf(first)).toHaveLength(1);
    expect(await activitiesOf(second)).toMatchObject([{ subject: 'Second draft', type: 'CALL', status: 'LOGGED' }]);
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
