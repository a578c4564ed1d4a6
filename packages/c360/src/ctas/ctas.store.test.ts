import type { Cta } from '@c360/contracts';
import { beforeAll, describe, expect } from 'vitest';
import { rejection, useFixedClock, storeTest as it } from '../../test/support/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { createActivity } from '../timeline/create-activity.ts';
import { createCta } from './create-cta.ts';
import type { Actor } from '../permissions/actor.ts';
import { listCtas, type CtaListSubject } from './list-ctas.ts';
import { updateCta } from './update-cta.ts';

// A fixed clock: "today" is 2026-11-20 in UTC.
const now = new Date('2026-11-20T10:00:00Z');
const clock = useFixedClock(now);

let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let hana: Actor;
let sam: Actor;
let companyId: string;
let relationshipId: string;
let activityId: string;
let globexCompanyId: string;

async function readAll(subject: CtaListSubject, limit: number, status: 'OPEN' | 'ALL' = 'ALL'): Promise<Cta[]> {
  const items: Cta[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCtas(prisma, { domainId: alex.domainId, viewerId: alex.id, subject, cursor, limit, status });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const followUp = (subject: string, dueDate: string, extra: Record<string, unknown> = {}) => ({ activityId, subject, dueDate, ...extra });

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, vera, hana, sam] = await actors('alex@acme.example', 'vera@acme.example', 'hana.sato@acme.example', 'sam@globex.example');
  // A company of its own, so the seeded CTAs do not mix into the order under test.
  const company = await prisma.company.create({ data: { domainId: alex.domainId, name: 'CTA Test Co' } });
  const type = await prisma.relationshipType.findFirstOrThrow({ where: { domainId: alex.domainId } });
  const relationship = await prisma.relationship.create({ data: { domainId: alex.domainId, companyId: company.id, typeId: type.id, name: 'CTA Test Line' } });
  companyId = company.id;
  relationshipId = relationship.id;
  const activity = await createActivity(prisma, alex, {
    type: 'MEETING',
    subject: 'Quarterly review',
    activityDate: now.toISOString(),
    companyId,
    relationshipId,
  });
  activityId = activity.id;
  globexCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: sam.domainId } })).id;
});

describe('creating a follow-up', () => {
  it('links an Activity-type CTA "To-Do: …" to the activity, its company and relationship, owned by the actor, and records cta.created', async () => {
    const cta = await createCta(prisma, alex, followUp(' Send the proposal ', '2026-11-21'));
    expect(cta).toMatchObject({
      type: 'ACTIVITY',
      subject: 'To-Do: Send the proposal',
      priority: 'MEDIUM',
      status: 'OPEN',
      dueDate: '2026-11-21',
      overdue: false,
      owner: { id: alex.id, displayName: 'Alex Morgan' },
      companyId,
      relationshipId,
      activityId,
      activitySubject: 'Quarterly review',
      createdAt: now.toISOString(),
    });
    expect(cta.closedAt).toBeUndefined();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: 'cta.created', data: { path: ['ctaId'], equals: cta.id } } });
    expect(event).toMatchObject({ domainId: alex.domainId, userId: alex.id, companyId, relationshipId, data: { ctaId: cta.id, activityId } });
  });

  it('gives the CTA another owner of the domain and a priority when chosen', async () => {
    const cta = await createCta(prisma, alex, followUp('Book the training', '2026-11-27', { ownerId: hana.id, priority: 'HIGH' }));
    expect(cta).toMatchObject({ owner: { id: hana.id, displayName: 'Hana Sato' }, priority: 'HIGH' });
  });

  it('takes a relationship’s company for a CTA without an activity', async () => {
    const cta = await createCta(prisma, alex, { relationshipId, subject: 'Check usage', dueDate: '2026-11-20' });
    expect(cta).toMatchObject({ companyId, relationshipId });
    expect(cta.activityId).toBeUndefined();
  });

  it('lets a viewer not create one, saying why', async () => {
    const error = await rejection(createCta(prisma, vera, followUp('Nope', '2026-11-21')));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/Viewer licence cannot create or close CTAs/);
  });

  it('refuses another domain’s activity, company and owner', async () => {
    const activityError = await rejection(createCta(prisma, sam, followUp('Hidden', '2026-11-21')));
    expect(activityError).toMatchObject({ code: 'NOT_FOUND', errors: [{ path: 'activityId' }] });
    const companyError = await rejection(createCta(prisma, alex, { companyId: globexCompanyId, subject: 'Hidden', dueDate: '2026-11-21' }));
    expect(companyError).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'companyId' }] });
    const ownerError = await rejection(createCta(prisma, alex, followUp('Hidden', '2026-11-21', { ownerId: sam.id })));
    expect(ownerError).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'ownerId' }] });
  });

  it('refuses an activity of another company than the one named', async () => {
    const other = await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, id: { not: companyId } } });
    const error = await rejection(createCta(prisma, alex, followUp('Mismatch', '2026-11-21', { companyId: other.id })));
    expect(error).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'companyId' }] });
  });

  it('refuses a past or malformed due date, naming dueDate, and writes nothing', async () => {
    const before = await prisma.cta.count({ where: { companyId } });
    // 2026-11-19 is still today at UTC−12 until 12:00 UTC on the 20th; the 18th is past everywhere.
    expect(await rejection(createCta(prisma, alex, followUp('Late', '2026-11-18')))).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'dueDate' }] });
    expect(await rejection(createCta(prisma, alex, followUp('Odd', '2026-02-30')))).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'dueDate' }] });
    expect(await rejection(createCta(prisma, alex, followUp('Odd', '21/11/2026')))).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'dueDate' }] });
    expect(await prisma.cta.count({ where: { companyId } })).toBe(before);
  });

  it('accepts yesterday in UTC while it is still today somewhere west', async () => {
    const cta = await createCta(prisma, alex, followUp('West coast', '2026-11-19'));
    expect(cta).toMatchObject({ dueDate: '2026-11-19', overdue: true });
  });
});

describe('listing CTAs', () => {
  let closed: Cta;

  beforeAll(async () => {
    for (const [subject, dueDate] of [
      ['Later', '2026-12-10'],
      ['Soon', '2026-11-25'],
      ['Same day A', '2026-11-25'],
    ] as const) {
      await createCta(prisma, alex, followUp(subject, dueDate));
    }
    const early = await createCta(prisma, alex, followUp('Done early', '2026-11-22'));
    closed = await updateCta(prisma, alex, early.id, { status: 'CLOSED' });
    // An overdue CTA, as only the data of the past can have one.
    await prisma.cta.create({
      data: { domainId: alex.domainId, companyId, ownerId: hana.id, subject: 'Renewal risk', type: 'RISK', dueDate: new Date('2026-11-02T00:00:00Z') },
    });
  });

  it('puts open CTAs first by due date, then closed ones, and flags overdue open ones', async () => {
    const items = await readAll({ kind: 'company', id: companyId }, 50);
    const open = items.filter((cta) => cta.status === 'OPEN');
    expect(items.slice(0, open.length)).toEqual(open);
    expect(items.at(-1)).toEqual(closed);
    expect(open.map((cta) => cta.dueDate)).toEqual([...open.map((cta) => cta.dueDate)].sort());
    expect(open[0]).toMatchObject({ subject: 'Renewal risk', type: 'RISK', overdue: true, owner: { displayName: 'Hana Sato' } });
    expect(open[0]!.activityId).toBeUndefined();
    expect(items.filter((cta) => cta.overdue).map((cta) => cta.dueDate)).toEqual(['2026-11-02', '2026-11-19']);
    expect(closed).toMatchObject({ overdue: false, closedAt: now.toISOString() });
  });

  it('pages through every CTA without duplicates or gaps, whatever the page size', async () => {
    const all = await readAll({ kind: 'company', id: companyId }, 50);
    for (const limit of [1, 2, 3]) expect(await readAll({ kind: 'company', id: companyId }, limit)).toEqual(all);
    expect(new Set(all.map((cta) => cta.id)).size).toBe(all.length);
  });

  it('filters open ones, a relationship’s and an activity’s', async () => {
    expect((await readAll({ kind: 'company', id: companyId }, 2, 'OPEN')).every((cta) => cta.status === 'OPEN')).toBe(true);
    const relationshipItems = await readAll({ kind: 'relationship', id: relationshipId }, 50);
    expect(relationshipItems.every((cta) => cta.relationshipId === relationshipId)).toBe(true);
    expect(relationshipItems.some((cta) => cta.subject === 'Renewal risk')).toBe(false);
    const page = await listCtas(prisma, {
      domainId: alex.domainId,
      viewerId: alex.id,
      subject: { kind: 'company', id: companyId },
      limit: 50,
      status: 'ALL',
      activityId,
    });
    expect(page.items.every((cta) => cta.activityId === activityId)).toBe(true);
  });

  it('answers 404 for another domain’s company and 400 for a forged cursor', async () => {
    const query = { domainId: sam.domainId, viewerId: sam.id, limit: 10, status: 'ALL' as const };
    expect((await rejection(listCtas(prisma, { ...query, subject: { kind: 'company', id: companyId } }))).code).toBe('NOT_FOUND');
    expect((await rejection(listCtas(prisma, { ...query, subject: { kind: 'company', id: globexCompanyId }, cursor: 'bogus' }))).errors).toEqual([
      { path: 'cursor', message: expect.any(String) },
    ]);
  });
});

describe('listing the open follow-ups of earlier meetings (the meeting bar’s commitments)', () => {
  const CURRENT = 'current-meeting==';
  let meetingCompanyId: string;
  let listed: Cta[];
  const commitments = (actor: Actor, id: string, extra: { cursor?: string; limit?: number } = {}) =>
    listCtas(prisma, {
      domainId: actor.domainId,
      viewerId: actor.id,
      subject: { kind: 'company', id },
      limit: 50,
      status: 'OPEN',
      fromMeetingsOtherThan: CURRENT,
      ...extra,
    });

  beforeAll(async () => {
    const company = await prisma.company.create({ data: { domainId: alex.domainId, name: 'Commitments Co' } });
    meetingCompanyId = company.id;
    const other = await prisma.company.create({ data: { domainId: alex.domainId, name: 'Other Meetings Co' } });
    const activity = (id: string, subject: string, meetingUuid: string | null) =>
      createActivity(prisma, alex, { type: 'MEETING', status: 'LOGGED', subject, activityDate: now.toISOString(), companyId: id, meetingUuid });
    const [earlier, older, current, call, elsewhere] = await Promise.all([
      activity(meetingCompanyId, 'Kick-off', 'earlier-meeting=='),
      activity(meetingCompanyId, 'Discovery', 'older-meeting=='),
      activity(meetingCompanyId, 'Today’s QBR', CURRENT),
      activity(meetingCompanyId, 'Phone call', null),
      activity(other.id, 'Other kick-off', 'earlier-meeting=='),
    ]);
    const follow = (activityId: string, subject: string, dueDate: string) => createCta(prisma, alex, { activityId, subject, dueDate });
    await follow(earlier.id, 'Send the security review', '2026-11-27');
    await follow(older.id, 'Share the roadmap', '2026-11-21');
    const done = await follow(earlier.id, 'Book the workshop', '2026-11-24');
    await updateCta(prisma, alex, done.id, { status: 'CLOSED' });
    await follow(current.id, 'Raised in this meeting', '2026-11-22');
    await follow(call.id, 'From a call', '2026-11-22');
    await follow(elsewhere.id, 'Another company’s', '2026-11-22');
    await createCta(prisma, alex, { companyId: meetingCompanyId, subject: 'Not from a meeting', dueDate: '2026-11-22' });
    listed = (await commitments(alex, meetingCompanyId)).items;
  });

  it('lists the company’s open follow-ups of its other meetings, by due date, with the meeting activity named', () => {
    expect(listed.map((cta) => [cta.subject, cta.activitySubject])).toEqual([
      ['To-Do: Share the roadmap', 'Discovery'],
      ['To-Do: Send the security review', 'Kick-off'],
    ]);
  });

  it('leaves out closed ones, the current meeting’s, other activities’, other companies’ and CTAs of their own', () => {
    const subjects = listed.map((cta) => cta.subject);
    for (const left of ['Book the workshop', 'Raised in this meeting', 'From a call', 'Another company’s', 'Not from a meeting']) {
      expect(subjects.some((subject) => subject.includes(left))).toBe(false);
    }
  });

  it('pages them on the list’s keyset', async () => {
    const first = await commitments(alex, meetingCompanyId, { limit: 1 });
    expect(first.items).toEqual(listed.slice(0, 1));
    expect((await commitments(alex, meetingCompanyId, { limit: 1, cursor: first.nextCursor! })).items).toEqual(listed.slice(1, 2));
  });

  it('lets a viewer read them and answers 404 to another domain', async () => {
    expect((await commitments(vera, meetingCompanyId)).items.map((cta) => cta.id)).toEqual(listed.map((cta) => cta.id));
    expect((await rejection(commitments(sam, meetingCompanyId))).code).toBe('NOT_FOUND');
  });
});

describe('closing and reopening', () => {
  it('sets and clears closedAt and records cta.closed and cta.reopened once each', async () => {
    const cta = await createCta(prisma, alex, followUp('Close me', '2026-11-23'));
    const closedAt = new Date('2026-11-21T08:00:00Z');
    clock.set(closedAt);
    expect(await updateCta(prisma, alex, cta.id, { status: 'CLOSED' })).toMatchObject({ status: 'CLOSED', closedAt: closedAt.toISOString() });
    // Closing again changes nothing and records nothing.
    await updateCta(prisma, alex, cta.id, { status: 'CLOSED' });
    const reopened = await updateCta(prisma, alex, cta.id, { status: 'OPEN' });
    expect(reopened.status).toBe('OPEN');
    expect(reopened.closedAt).toBeUndefined();
    const events = await prisma.auditEvent.findMany({
      where: { data: { path: ['ctaId'], equals: cta.id } },
      orderBy: { createdAt: 'asc' },
      select: { type: true, userId: true, companyId: true },
    });
    expect(events.map((event) => event.type).sort()).toEqual(['cta.closed', 'cta.created', 'cta.reopened']);
    expect(events.every((event) => event.userId === alex.id && event.companyId === companyId)).toBe(true);
  });

  it('reschedules and reassigns within the rules', async () => {
    const cta = await createCta(prisma, alex, followUp('Move me', '2026-11-23'));
    expect(await updateCta(prisma, alex, cta.id, { dueDate: '2026-12-01', priority: 'LOW', ownerId: hana.id })).toMatchObject({
      dueDate: '2026-12-01',
      priority: 'LOW',
      owner: { id: hana.id },
    });
    expect(await rejection(updateCta(prisma, alex, cta.id, { dueDate: '2026-01-01' }))).toMatchObject({ errors: [{ path: 'dueDate' }] });
    expect(await rejection(updateCta(prisma, alex, cta.id, {}))).toMatchObject({ code: 'VALIDATION' });
  });

  it('answers 404 for another domain’s CTA and 403 for a viewer', async () => {
    const cta = await createCta(prisma, alex, followUp('Mine', '2026-11-23'));
    const samActor = { ...sam, licence: 'FULL' as const };
    expect((await rejection(updateCta(prisma, samActor, cta.id, { status: 'CLOSED' }))).code).toBe('NOT_FOUND');
    expect((await rejection(updateCta(prisma, alex, 'not-a-uuid', { status: 'CLOSED' }))).code).toBe('NOT_FOUND');
    expect((await rejection(updateCta(prisma, vera, cta.id, { status: 'CLOSED' }))).code).toBe('FORBIDDEN');
  });
});

describe('creating a CTA of its own ("New CTA", issue 15)', () => {
  it('files it on the company with its type, reason, priority and owner, named as typed, and records cta.created', async () => {
    const cta = await createCta(prisma, alex, {
      companyId,
      subject: ' Usage dropped after the reorg ',
      type: 'RISK',
      reason: 'Product usage',
      priority: 'HIGH',
      ownerId: hana.id,
      dueDate: '2026-11-27',
    });
    expect(cta).toMatchObject({
      type: 'RISK',
      reason: 'Product usage',
      subject: 'Usage dropped after the reorg',
      priority: 'HIGH',
      companyId,
      owner: { id: hana.id },
    });
    expect(cta.activityId).toBeUndefined();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: 'cta.created', data: { path: ['ctaId'], equals: cta.id } } });
    expect(event).toMatchObject({ userId: alex.id, companyId });
  });

  it('names a reason that is not of the type, and a follow-up of another type, creating nothing', async () => {
    const before = await prisma.cta.count({ where: { companyId } });
    const reason = await rejection(createCta(prisma, alex, { companyId, subject: 'Mismatch', type: 'EXPANSION', reason: 'Renewal', dueDate: '2026-11-27' }));
    expect(reason).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'reason' }] });
    const type = await rejection(createCta(prisma, alex, followUp('Not a task', '2026-11-27', { type: 'RISK' })));
    expect(type).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'type' }] });
    expect(await prisma.cta.count({ where: { companyId } })).toBe(before);
  });

  it('lets a Viewer not create one', async () => {
    const error = await rejection(createCta(prisma, vera, { companyId, subject: 'Nope', type: 'RISK', dueDate: '2026-11-27' }));
    expect(error.code).toBe('FORBIDDEN');
  });
});
