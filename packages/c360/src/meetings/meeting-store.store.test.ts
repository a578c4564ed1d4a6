import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { now } from '../clock/index.ts';
import { endMeeting } from '../meeting-log/end-meeting.ts';
import { DEMO_MEETING } from '../seed/demo-meeting.ts';
import type { Store } from '../store/index.ts';
import { readMeeting, saveRoster, setMeetingSubject } from './meeting-store.ts';

let store: Store;
let acmeId: string;
let northwindId: string;
let globexCompanyId: string;
const roster = () => [
  { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername, role: 'host' as const },
  ...DEMO_MEETING.participants.map((p, i) => ({ participantUuid: `p-${i}`, displayName: p.displayName, email: p.email, role: 'attendee' as const })),
  { participantUuid: 'p-unknown', ...DEMO_MEETING.unknownAttendee, role: 'attendee' as const },
];

it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  acmeId = (await store.prisma.domain.findUniqueOrThrow({ where: { host: DEMO_MEETING.domainHost } })).id;
  northwindId = (await store.prisma.company.findFirstOrThrow({ where: { domainId: acmeId, name: DEMO_MEETING.companyName } })).id;
  globexCompanyId = (await store.prisma.company.findFirstOrThrow({ where: { domain: { host: 'globex.us2.gainsightcloud.com' } } })).id;
});

describe('meeting store', () => {
  it('answers null for a meeting nobody has sent anything for', async () => {
    expect(await readMeeting(store.prisma, { domainId: acmeId, meetingUuid: 'none==' })).toBeNull();
  });

  it('saves the roster once per participant, matches it, and keeps a confirmation across rosters', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-m1==' };
    await saveRoster(store.prisma, key, { participants: [...roster(), { ...roster()[1]!, displayName: 'Emma C.' }] });
    const first = (await readMeeting(store.prisma, key))!;
    expect(first.participants).toHaveLength(5);
    expect(first.participants.find((p) => p.participantUuid === 'p-0')!.displayName).toBe('Emma C.');
    expect(first.suggestedCompany).toMatchObject({ id: northwindId, matchedParticipants: 2 });
    expect(first.participants.find((p) => p.participantUuid === 'p-host')!.match.kind).toBe('internal');

    const noah = await store.prisma.person.findFirstOrThrow({ where: { domainId: acmeId, fullName: 'Noah Williams' } });
    const meeting = await store.prisma.meeting.findUniqueOrThrow({ where: { domainId_meetingUuid: key } });
    await store.prisma.meetingParticipant.update({
      where: { meetingId_participantUuid: { meetingId: meeting.id, participantUuid: 'p-unknown' } },
      data: { personId: noah.id },
    });
    await saveRoster(store.prisma, key, { participants: roster() });
    const second = (await readMeeting(store.prisma, key))!;
    expect(second.participants.find((p) => p.participantUuid === 'p-unknown')!.match).toMatchObject({ kind: 'person', personId: noah.id });
    expect(await store.prisma.meetingParticipant.count({ where: { meetingId: meeting.id } })).toBe(5);
  });

  it('matches a roster once per change: reads serve the stored match until the roster changes again', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-match-once==' };
    const newcomer = { participantUuid: 'p-new', displayName: 'Casey Newcomer', email: 'casey.newcomer@northwind.example', role: 'attendee' as const };
    await saveRoster(store.prisma, key, { participants: [...roster(), newcomer] });
    const matchOf = async (participantUuid: string) =>
      (await readMeeting(store.prisma, key))!.participants.find((p) => p.participantUuid === participantUuid)!.match;
    expect(await matchOf('p-new')).toEqual({ participantUuid: 'p-new', kind: 'unknown' });
    expect((await store.prisma.meeting.findUniqueOrThrow({ where: { domainId_meetingUuid: key } })).rosterMatch).not.toBeNull();

    // Casey becomes a person of the domain during the call: the stored match is served, not redone per read…
    const casey = await store.prisma.person.create({
      data: { domainId: acmeId, firstName: 'Casey', lastName: 'Newcomer', fullName: 'Casey Newcomer', email: newcomer.email },
    });
    try {
      expect(await matchOf('p-new')).toMatchObject({ kind: 'unknown' });
      // …until the roster changes (someone joins): then the whole roster is matched again.
      await saveRoster(store.prisma, key, { participants: [...roster(), newcomer, { ...newcomer, participantUuid: 'p-late', email: null }] });
      expect(await matchOf('p-new')).toMatchObject({ kind: 'person', personId: casey.id, name: 'Casey Newcomer' });
    } finally {
      await store.prisma.person.delete({ where: { id: casey.id } });
    }
  });

  it('matches again when the subject changes: names are suggested within the chosen company only', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-match-subject==' };
    await saveRoster(store.prisma, key, { participants: roster() });
    const oliviaOf = async () => (await readMeeting(store.prisma, key))!.participants.find((p) => p.displayName === 'Olivia Park')!.match;
    expect(await oliviaOf()).toMatchObject({ kind: 'suggested-person', suggestion: { name: 'Olivia Park' } });
    const sakura = await store.prisma.company.findFirstOrThrow({ where: { domainId: acmeId, name: '株式会社サクラ精機' } });
    await setMeetingSubject(store.prisma, key, { companyId: sakura.id });
    expect(await oliviaOf()).toMatchObject({ kind: 'unknown' });
    await setMeetingSubject(store.prisma, key, { companyId: northwindId });
    expect(await oliviaOf()).toMatchObject({ kind: 'suggested-person', suggestion: { name: 'Olivia Park' } });
  });

  it('stores the topic a roster carries, keeps it when a roster carries none, and clears it on null', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-topic==' };
    await saveRoster(store.prisma, key, { participants: roster(), topic: '  Northwind QBR  ' });
    expect((await readMeeting(store.prisma, key))!.topic).toBe('Northwind QBR');
    await saveRoster(store.prisma, key, { participants: roster() });
    expect((await readMeeting(store.prisma, key))!.topic).toBe('Northwind QBR');
    await saveRoster(store.prisma, key, { participants: [], topic: null });
    expect((await readMeeting(store.prisma, key))!.topic).toBeNull();
  });

  it('refuses an empty or overlong topic, naming it, and saves nothing', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-bad-topic==' };
    for (const topic of ['  ', 'x'.repeat(301), 42]) {
      await expect(saveRoster(store.prisma, key, { participants: roster(), topic })).rejects.toMatchObject({
        code: 'VALIDATION',
        errors: [expect.objectContaining({ path: 'topic' })],
      });
    }
    expect(await readMeeting(store.prisma, key)).toBeNull();
  });

  it('sets the subject within the domain only, naming the field otherwise', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-m2==' };
    await setMeetingSubject(store.prisma, key, { companyId: northwindId });
    expect((await readMeeting(store.prisma, key))!.subject).toMatchObject({ kind: 'company', id: northwindId, name: DEMO_MEETING.companyName });
    await expect(setMeetingSubject(store.prisma, key, { companyId: globexCompanyId })).rejects.toMatchObject({
      code: 'VALIDATION',
      errors: [expect.objectContaining({ path: 'companyId' })],
    });
    const relationship = await store.prisma.relationship.findFirst({ where: { domainId: acmeId }, include: { company: true } });
    if (relationship) {
      await setMeetingSubject(store.prisma, key, { relationshipId: relationship.id });
      expect((await readMeeting(store.prisma, key))!.subject).toEqual({
        kind: 'relationship',
        id: relationship.id,
        name: relationship.name,
        companyId: relationship.companyId,
        companyName: relationship.company.name,
      });
    }
    await setMeetingSubject(store.prisma, key, { companyId: null });
    expect((await readMeeting(store.prisma, key))!.subject).toBeNull();
  });

  it("keeps an ended meeting's subject: choosing another company afterwards is a conflict and changes nothing", async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-ended==' };
    const alex = await store.prisma.user.findFirstOrThrow({ where: { domainId: acmeId, email: DEMO_MEETING.hostUsername } });
    await saveRoster(store.prisma, { ...key, sender: { userId: alex.id, zoomUserId: 'zoom-alex' } }, { participants: roster() });
    await setMeetingSubject(store.prisma, key, { companyId: northwindId });
    await endMeeting(store.prisma, { source: 'webhook', hostZoomUserId: 'zoom-alex', meetingUuid: key.meetingUuid, endedAt: now() });

    const sakura = await store.prisma.company.findFirstOrThrow({ where: { domainId: acmeId, name: '株式会社サクラ精機' } });
    expect((await rejection(setMeetingSubject(store.prisma, key, { companyId: sakura.id }))).code).toBe('CONFLICT');
    expect((await rejection(setMeetingSubject(store.prisma, key, { companyId: null }))).code).toBe('CONFLICT');
    expect((await readMeeting(store.prisma, key))!).toMatchObject({ subject: { id: northwindId }, logState: 'PENDING' });
  });

  it('two concurrent rosters of a new meeting leave one meeting and one roster', async () => {
    const key = { domainId: acmeId, meetingUuid: 'store-m3==' };
    await Promise.all([saveRoster(store.prisma, key, { participants: roster() }), saveRoster(store.prisma, key, { participants: roster().slice(0, 2) })]);
    const view = (await readMeeting(store.prisma, key))!;
    expect([2, 5]).toContain(view.participants.length);
  });
});
