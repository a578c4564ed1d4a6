import type { Server } from 'node:http';
import { DEMO_MEETING } from '@c360/c360/seed';
import { meetingViewSchema, type MeetingView } from '@c360/contracts';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { get } from '../support/gainsight.ts';
import { launchAndSignIn } from '../support/zoom-launch.ts';
import { clientOf } from '../support/http-client.ts';
import { followEventStream } from '../support/event-stream.ts';

/** A Zoom meeting UUID with the characters real ones have ("+", "/", "="). */
const M = 'kT9+qR2/xY7wZ1==';
const OTHER = 'another-meeting==';
const path = (meetingUuid: string, rest = '') => `/api/meetings/${encodeURIComponent(meetingUuid)}${rest}`;

const file = fileAppOf(it);
let alexHost: string;
let veraAttendee: string;
let alexElsewhere: string;
let northwindId: string;
let globexCompanyId: string;

const demoRoster = () => [
  { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername, role: 'host' },
  ...DEMO_MEETING.participants.map((p, i) => ({ participantUuid: `p-${i}`, displayName: p.displayName, email: p.email, role: 'attendee' })),
  { participantUuid: 'p-unknown', ...DEMO_MEETING.unknownAttendee, role: 'attendee' },
];

/** Opens the app in Zoom with a verified context for a user, meeting and role, then signs in to Gainsight. */
const launchAs = (username: string, zoomUserId: string, mid: string, attendrole: string) =>
  launchAndSignIn(file.app, file.store, { username, context: { uid: zoomUserId, mid, attendrole } });

const put = (p: string, cookie: string | undefined, body: object) => clientOf(file.app, cookie).put(p, body);

it.beforeAll(async () => {
  alexHost = await launchAs('alex@acme.example', 'zoom-user-alex', M, 'host');
  veraAttendee = await launchAs('vera@acme.example', 'zoom-user-vera', M, 'attendee');
  alexElsewhere = await launchAs('alex@acme.example', 'zoom-user-alex-2', OTHER, 'host');
  northwindId = (await file.store.prisma.company.findFirstOrThrow({ where: { domain: { host: DEMO_MEETING.domainHost }, name: DEMO_MEETING.companyName } })).id;
  globexCompanyId = (await file.store.prisma.company.findFirstOrThrow({ where: { domain: { host: 'globex.us2.gainsightcloud.com' } } })).id;
});

describe('the meeting roster', () => {
  it('answers an empty view before the host sends anything', async () => {
    const view = meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body);
    expect(view).toMatchObject({ meetingUuid: M, participants: [], subject: null, suggestedCompany: null });
  });

  it("matches the host's demo roster, one row per participant, naming the matched people", async () => {
    const roster = [...demoRoster(), { ...demoRoster()[1]! }];
    const res = await put(path(M, '/roster'), alexHost, { participants: roster }).expect(200);
    meetingViewSchema.parse(res.body);
    const view = meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body);
    const byUuid = new Map(view.participants.map((p) => [p.participantUuid, p]));
    expect(view.participants).toHaveLength(5);
    expect(byUuid.get('p-host')!.match).toMatchObject({ kind: 'internal', name: 'Alex Morgan' });
    expect(byUuid.get('p-0')!.match).toMatchObject({ kind: 'person', name: 'Emma Clark' });
    expect(byUuid.get('p-1')!.match).toMatchObject({ kind: 'person', name: 'Liam Nguyen' });
    expect(byUuid.get('p-2')!.match).toMatchObject({ kind: 'suggested-person', suggestion: { name: 'Olivia Park' } });
    expect(byUuid.get('p-unknown')!.match.kind).toBe('unknown');
    expect(view.suggestedCompany).toEqual({ id: northwindId, name: DEMO_MEETING.companyName, matchedParticipants: 2, unambiguous: true });
    const meeting = await file.store.prisma.meeting.findFirstOrThrow({ where: { meetingUuid: M } });
    expect(await file.store.prisma.meetingParticipant.count({ where: { meetingId: meeting.id, participantUuid: 'p-0' } })).toBe(1);
  });

  it("keeps the topic the host's roster carries until a roster changes or clears it", async () => {
    const withTopic = meetingViewSchema.parse(
      (await put(path(M, '/roster'), alexHost, { participants: demoRoster(), topic: 'Northwind QBR' }).expect(200)).body,
    );
    expect(withTopic.topic).toBe('Northwind QBR');
    await put(path(M, '/roster'), alexHost, { participants: demoRoster() }).expect(200);
    expect(meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body).topic).toBe('Northwind QBR');
    const cleared = meetingViewSchema.parse((await put(path(M, '/roster'), alexHost, { participants: demoRoster(), topic: null }).expect(200)).body);
    expect(cleared.topic).toBeNull();
  });

  it('sets the subject, which every sidebar of the meeting sees', async () => {
    const res = await put(path(M, '/subject'), alexHost, { companyId: northwindId }).expect(200);
    expect(res.body.subject).toEqual({ kind: 'company', id: northwindId, name: DEMO_MEETING.companyName });
    const view = meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body);
    expect(view.subject).toMatchObject({ kind: 'company', id: northwindId });
  });

  it('remembers a suggestion confirmed with one click, across roster updates, and refuses a foreign person', async () => {
    const olivia = await file.store.prisma.person.findFirstOrThrow({ where: { domain: { host: DEMO_MEETING.domainHost }, fullName: 'Olivia Park' } });
    const confirmed = await put(path(M, '/participants/p-2/person'), veraAttendee, { personId: olivia.id }).expect(200);
    const byUuid = (view: MeetingView) => new Map(view.participants.map((p) => [p.participantUuid, p]));
    expect(byUuid(meetingViewSchema.parse(confirmed.body)).get('p-2')!.match).toMatchObject({ kind: 'person', personId: olivia.id });
    await put(path(M, '/roster'), alexHost, { participants: demoRoster() }).expect(200);
    const after = meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body);
    expect(byUuid(after).get('p-2')!.match).toMatchObject({ kind: 'person', personId: olivia.id });

    const globexPerson = await file.store.prisma.person.findFirstOrThrow({ where: { domain: { host: 'globex.us2.gainsightcloud.com' } } });
    const foreign = await put(path(M, '/participants/p-2/person'), veraAttendee, { personId: globexPerson.id }).expect(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ path: 'personId' })]);
    await put(path(M, '/participants/nobody/person'), veraAttendee, { personId: olivia.id }).expect(404);
    await put(path(M, '/participants/p-2/person'), alexElsewhere, { personId: olivia.id }).expect(404);
  });

  it("refuses to change an ended meeting's company (409), so browsing to another one afterwards cannot move its log", async () => {
    const ended = 'ended-meeting==';
    const host = await launchAs('alex@acme.example', 'zoom-user-alex-3', ended, 'host');
    await put(path(ended, '/roster'), host, { participants: demoRoster() }).expect(200);
    await put(path(ended, '/subject'), host, { companyId: northwindId }).expect(200);
    await clientOf(file.app, host).post(path(ended, '/end')).expect(200);

    const sakura = await file.store.prisma.company.findFirstOrThrow({ where: { domain: { host: DEMO_MEETING.domainHost }, name: '株式会社サクラ精機' } });
    const refused = await put(path(ended, '/subject'), host, { companyId: sakura.id }).expect(409);
    expect(refused.body.detail).toMatch(/ended/);
    const view = meetingViewSchema.parse((await get(file.app, path(ended), host).expect(200)).body);
    expect(view).toMatchObject({ subject: { id: northwindId }, logState: 'PENDING' });
  });

  it('lets an attendee read but not send the roster', async () => {
    const res = await put(path(M, '/roster'), veraAttendee, { participants: demoRoster() }).expect(403);
    expect(res.body.detail).toMatch(/host/);
  });

  it('answers 404 to a session whose Zoom context names another meeting', async () => {
    await get(file.app, path(M), alexElsewhere).expect(404);
    await put(path(M, '/roster'), alexElsewhere, { participants: demoRoster() }).expect(404);
    await put(path(M, '/subject'), alexElsewhere, { companyId: northwindId }).expect(404);
    await get(file.app, path(M, '/events'), alexElsewhere).expect(404);
  });

  it('answers 401 without a sign-in', async () => {
    await get(file.app, path(M)).expect(401);
    await put(path(M, '/roster'), undefined, { participants: [] }).expect(401);
  });

  it('answers a bad body with a 400 naming each field', async () => {
    const bad = await put(path(M, '/roster'), alexHost, {
      participants: [{ participantUuid: 'x', displayName: '', email: 'not-an-email', role: 'boss' }],
    }).expect(400);
    const paths = (bad.body.errors as Array<{ path: string }>).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['participants.0.displayName', 'participants.0.email', 'participants.0.role']));
    const missing = await put(path(M, '/roster'), alexHost, {}).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'participants' })]);
    const tooMany = await put(path(M, '/roster'), alexHost, {
      participants: Array.from({ length: 1001 }, (_, i) => ({ participantUuid: `p${i}`, displayName: 'X', email: null, role: 'attendee' })),
    }).expect(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ path: 'participants' })]);
    const topic = await put(path(M, '/roster'), alexHost, { participants: [], topic: '' }).expect(400);
    expect(topic.body.errors).toEqual([expect.objectContaining({ path: 'topic' })]);
    const subject = await put(path(M, '/subject'), alexHost, { companyId: 'nope' }).expect(400);
    expect(subject.body.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
  });

  it("answers another domain's company as a subject with a 400 naming companyId", async () => {
    const res = await put(path(M, '/subject'), alexHost, { companyId: globexCompanyId }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
  });
});

describe('GET /api/meetings/:meetingUuid/events', () => {
  let server: Server;
  beforeAll(async () => {
    server = file.app.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** Follows a sidebar's event stream: each call answers the next `meeting` event. */
  async function followEvents(cookie: string) {
    const stream = await followEventStream(server, path(M, '/events'), cookie);
    return { next: async () => meetingViewSchema.parse(await stream.next('meeting')), close: stream.close };
  }

  it('streams the view, then the view after every change', async () => {
    const events = await followEvents(veraAttendee);
    try {
      const initial = await events.next();
      expect(initial.meetingUuid).toBe(M);
      await put(path(M, '/roster'), alexHost, { participants: demoRoster().slice(0, 2) }).expect(200);
      const update = await events.next();
      expect(update.participants.map((p) => p.participantUuid)).toEqual(['p-host', 'p-0']);
    } finally {
      await events.close();
    }
  });

  it('brings a participant who joins to every open sidebar already matched, and serves that match to later reads', async () => {
    await put(path(M, '/roster'), alexHost, { participants: demoRoster() }).expect(200);
    const noah = await file.store.prisma.person.findFirstOrThrow({ where: { domain: { host: DEMO_MEETING.domainHost }, fullName: 'Noah Williams' } });
    const joinerOf = (view: MeetingView) => view.participants.find((p) => p.participantUuid === 'p-joins')?.match;
    const events = await followEvents(veraAttendee);
    try {
      expect(joinerOf(await events.next())).toBeUndefined();
      const joiner = { participantUuid: 'p-joins', displayName: 'Noah W.', email: noah.email.toUpperCase(), role: 'attendee' };
      await put(path(M, '/roster'), alexHost, { participants: [...demoRoster(), joiner] }).expect(200);
      expect(joinerOf(await events.next())).toEqual({
        participantUuid: 'p-joins',
        kind: 'person',
        personId: noah.id,
        name: 'Noah Williams',
        companyIds: [northwindId],
      });
      expect(joinerOf(meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body))).toMatchObject({
        kind: 'person',
        personId: noah.id,
      });
    } finally {
      await events.close();
    }
  });

  it('gives a suggested participant one state in every sidebar: confirmed in one, confirmed in all, and a suggestion again once cleared', async () => {
    await put(path(M, '/roster'), alexHost, { participants: demoRoster() }).expect(200);
    await put(path(M, '/participants/p-2/person'), alexHost, { personId: null }).expect(200);
    const olivia = await file.store.prisma.person.findFirstOrThrow({ where: { domain: { host: DEMO_MEETING.domainHost }, fullName: 'Olivia Park' } });
    const matchOf = (view: MeetingView) => view.participants.find((p) => p.participantUuid === 'p-2')!.match;
    const events = await followEvents(veraAttendee);
    try {
      expect(matchOf(await events.next())).toMatchObject({ kind: 'suggested-person', suggestion: { personId: olivia.id, name: 'Olivia Park' } });

      // The host confirms (from Participants or People: the same request); Vera's sidebar is told at once.
      await put(path(M, '/participants/p-2/person'), alexHost, { personId: olivia.id }).expect(200);
      expect(matchOf(await events.next())).toMatchObject({ kind: 'person', personId: olivia.id, name: 'Olivia Park' });
      expect(matchOf(meetingViewSchema.parse((await get(file.app, path(M), veraAttendee).expect(200)).body))).toMatchObject({
        kind: 'person',
        personId: olivia.id,
      });
      // Confirming again (the other tab, a retry) changes nothing.
      await put(path(M, '/participants/p-2/person'), veraAttendee, { personId: olivia.id }).expect(200);
      expect(matchOf(await events.next())).toMatchObject({ kind: 'person', personId: olivia.id });
      // The People tab finds the confirmed attendee among the company's people.
      const members = await get(file.app, `/api/companies/${northwindId}/people?personIds=${olivia.id}`, veraAttendee).expect(200);
      expect(members.body.items.map((person: { id: string }) => person.id)).toEqual([olivia.id]);

      await put(path(M, '/participants/p-2/person'), alexHost, { personId: null }).expect(200);
      expect(matchOf(await events.next())).toMatchObject({ kind: 'suggested-person', suggestion: { personId: olivia.id } });
    } finally {
      await events.close();
    }
  });
});
