import type { Activity } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { now } from '../clock/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { addComment } from './add-comment.ts';
import { createActivity } from './create-activity.ts';
import { deleteActivity, UNDO_LOG_WINDOW_MS } from './delete-activity.ts';
import { listTimeline, type TimelineSubject } from './list-timeline.ts';
import type { Actor } from '../permissions/actor.ts';
import { updateActivity } from './update-activity.ts';

let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let acme: { companyId: string; relationshipId: string; personId: string };
let globex: { companyId: string; personId: string };

async function readAll(viewer: Actor, subject: TimelineSubject, limit = 7): Promise<Activity[]> {
  const items: Activity[] = [];
  let cursor: string | undefined;
  do {
    const page = await listTimeline(prisma, { domainId: viewer.domainId, viewerId: viewer.id, subject, cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const draftInput = (companyId: string) => ({
  type: 'MEETING' as const,
  subject: '  Prep for the QBR  ',
  notes: '<p>Agenda</p>',
  activityDate: '2026-11-20T09:00:00.000Z',
  companyId,
});

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, vera] = await actors('alex@acme.example', 'vera@acme.example');
  // The acme company whose timeline rolls up the most relationship activities.
  const [busiest] = await prisma.activity.groupBy({
    by: ['companyId'],
    where: { domainId: alex.domainId, relationshipId: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { companyId: 'desc' } },
    take: 1,
  });
  const companyId = busiest!.companyId!;
  const relationship = await prisma.activity.findFirstOrThrow({ where: { companyId, relationshipId: { not: null } }, select: { relationshipId: true } });
  const person = await prisma.person.findFirstOrThrow({ where: { domainId: alex.domainId } });
  acme = { companyId, relationshipId: relationship.relationshipId!, personId: person.id };
  const globexDomain = await prisma.domain.findFirstOrThrow({ where: { tenant: 'globex', environment: 'PRODUCTION' } });
  globex = {
    companyId: (await prisma.company.findFirstOrThrow({ where: { domainId: globexDomain.id } })).id,
    personId: (await prisma.person.findFirstOrThrow({ where: { domainId: globexDomain.id } })).id,
  };
});

describe('reading a timeline', () => {
  it('pages through a company timeline newest first, every visible activity exactly once, relationships rolled up', async () => {
    const subject = { kind: 'company', id: acme.companyId } as const;
    const items = await readAll(alex, subject);
    const visible = await prisma.activity.findMany({
      where: { companyId: acme.companyId, OR: [{ status: 'LOGGED' }, { authorId: alex.id }] },
      orderBy: [{ activityDate: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    expect(items.map((item) => item.id)).toEqual(visible.map((row) => row.id));
    expect(items.some((item) => item.relationshipId === acme.relationshipId && item.relationshipName)).toBe(true);
  });

  it('shows a relationship timeline with only its own activities', async () => {
    const items = await readAll(alex, { kind: 'relationship', id: acme.relationshipId });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.relationshipId === acme.relationshipId)).toBe(true);
  });

  it('filters by type', async () => {
    const page = await listTimeline(prisma, {
      domainId: alex.domainId,
      viewerId: alex.id,
      subject: { kind: 'company', id: acme.companyId },
      type: 'EMAIL',
      limit: 50,
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.type === 'EMAIL')).toBe(true);
  });

  it('hides another author\u2019s draft', async () => {
    const draft = await createActivity(prisma, alex, draftInput(acme.companyId));
    const subject = { kind: 'company', id: acme.companyId } as const;
    expect((await readAll(alex, subject, 50)).map((item) => item.id)).toContain(draft.id);
    expect((await readAll(vera, subject, 50)).map((item) => item.id)).not.toContain(draft.id);
    expect((await rejection(addComment(prisma, vera, draft.id, { body: 'peek' }))).code).toBe('NOT_FOUND');
  });

  it('answers another domain\u2019s company as not found, and a malformed cursor as a bad cursor', async () => {
    const subject = { kind: 'company', id: globex.companyId } as const;
    expect((await rejection(listTimeline(prisma, { domainId: alex.domainId, viewerId: alex.id, subject, limit: 20 }))).code).toBe('NOT_FOUND');
    const bad = await rejection(
      listTimeline(prisma, { domainId: alex.domainId, viewerId: alex.id, subject: { kind: 'company', id: acme.companyId }, cursor: 'not-a-cursor', limit: 20 }),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(bad.errors?.[0]?.path).toBe('cursor');
  });
});

describe('writing a timeline', () => {
  it('creates an activity with attendees, and a retry with the same key returns it without a duplicate', async () => {
    const input = { ...draftInput(acme.companyId), status: 'LOGGED' as const, internalAttendeeIds: [alex.id, vera.id], externalPersonIds: [acme.personId] };
    const first = await createActivity(prisma, alex, input, { idempotencyKey: 'retry-1' });
    expect(first).toMatchObject({
      version: 1,
      status: 'LOGGED',
      subject: 'Prep for the QBR',
      authorId: alex.id,
      authorName: 'Alex Morgan',
      externalPersonIds: [acme.personId],
    });
    expect(first.internalAttendeeIds.toSorted()).toEqual([alex.id, vera.id].toSorted());
    expect((await prisma.activity.findUniqueOrThrow({ where: { id: first.id } })).loggedAt).not.toBeNull();
    expect(await createActivity(prisma, alex, input, { idempotencyKey: 'retry-1' })).toEqual(first);
  });

  it('makes one activity of two concurrent creates with the same key', async () => {
    const input = draftInput(acme.companyId);
    const [a, b] = await Promise.all([
      createActivity(prisma, alex, input, { idempotencyKey: 'race-1' }),
      createActivity(prisma, alex, input, { idempotencyKey: 'race-1' }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await prisma.activity.count({ where: { authorId: alex.id, idempotencyKey: 'race-1' } })).toBe(1);
  });

  it('stores a relationship activity under its company too, so the company timeline rolls it up', async () => {
    const created = await createActivity(prisma, alex, { ...draftInput(acme.companyId), companyId: undefined, relationshipId: acme.relationshipId });
    expect(created.companyId).toBe(acme.companyId);
  });

  it('refuses subjects and attendees of another domain, naming the field', async () => {
    const company = await rejection(createActivity(prisma, alex, draftInput(globex.companyId)));
    expect(company.errors).toEqual([{ path: 'companyId', message: expect.any(String) }]);
    const person = await rejection(createActivity(prisma, alex, { ...draftInput(acme.companyId), externalPersonIds: [globex.personId] }));
    expect(person.code).toBe('VALIDATION');
    expect(person.errors?.[0]?.path).toBe('externalPersonIds');
    const none = await rejection(createActivity(prisma, alex, { ...draftInput(acme.companyId), companyId: undefined }));
    expect(none.errors?.[0]?.path).toBe('companyId');
  });

  it('strips scripts, event handlers and javascript: links from notes', async () => {
    const created = await createActivity(prisma, alex, {
      ...draftInput(acme.companyId),
      notes:
        '<p onclick="x()">Hi <strong>there</strong><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">bad</a> <a href="https://example.com">ok</a></p>',
    });
    expect(created.notes).not.toMatch(/script|onerror|onclick|javascript:|<img/);
    expect(created.notes).toContain('<strong>there</strong>');
    expect(created.notes).toContain('<a href="https://example.com" rel="noopener noreferrer">ok</a>');
  });

  it('lets only the author edit, and answers a stale version with the current activity', async () => {
    const draft = await createActivity(prisma, alex, draftInput(acme.companyId));
    const forbidden = await rejection(updateActivity(prisma, vera, draft.id, { version: 1, subject: 'Mine now' }));
    expect(forbidden.code).toBe('NOT_FOUND'); // someone else's draft is invisible
    const logged = await updateActivity(prisma, alex, draft.id, { version: 1, status: 'LOGGED', subject: 'QBR' });
    expect(logged).toMatchObject({ version: 2, status: 'LOGGED', subject: 'QBR' });
    expect((await rejection(updateActivity(prisma, vera, draft.id, { version: 2, subject: 'Mine now' }))).code).toBe('FORBIDDEN');

    const conflict = await rejection(updateActivity(prisma, alex, draft.id, { version: 1, subject: 'Stale' }));
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.details?.current).toEqual(logged);
    const back = await rejection(updateActivity(prisma, alex, draft.id, { version: 2, status: 'DRAFT' }));
    expect(back.errors?.[0]?.path).toBe('status');
  });

  it('deletes own drafts only', async () => {
    const draft = await createActivity(prisma, alex, draftInput(acme.companyId));
    const logged = await createActivity(prisma, alex, { ...draftInput(acme.companyId), status: 'LOGGED' });
    expect((await rejection(deleteActivity(prisma, vera, logged.id))).code).toBe('FORBIDDEN');
    await deleteActivity(prisma, alex, draft.id);
    expect(await prisma.activity.count({ where: { id: draft.id } })).toBe(0);
  });

  it('lets the author undo a log just made, and says so in the audit trail, but keeps one logged longer ago', async () => {
    const logged = await createActivity(prisma, alex, { ...draftInput(acme.companyId), status: 'LOGGED' });
    expect((await rejection(deleteActivity(prisma, vera, logged.id))).code).toBe('FORBIDDEN');
    await deleteActivity(prisma, alex, logged.id);
    expect(await prisma.activity.count({ where: { id: logged.id } })).toBe(0);
    const undone = await prisma.auditEvent.findMany({ where: { type: 'activity.log-undone', data: { path: ['activityId'], equals: logged.id } } });
    expect(undone).toHaveLength(1);
    // A second Undo (a re-sent one) finds nothing to take back.
    expect((await rejection(deleteActivity(prisma, alex, logged.id))).code).toBe('NOT_FOUND');

    const older = await createActivity(prisma, alex, { ...draftInput(acme.companyId), status: 'LOGGED' });
    await prisma.activity.update({ where: { id: older.id }, data: { loggedAt: new Date(now().getTime() - UNDO_LOG_WINDOW_MS - 1_000) } });
    expect((await rejection(deleteActivity(prisma, alex, older.id))).code).toBe('FORBIDDEN');
  });

  it("keeps a meeting's after-call log, however recent", async () => {
    const logged = await createActivity(prisma, alex, { ...draftInput(acme.companyId), status: 'LOGGED' });
    await prisma.meeting.create({ data: { domainId: alex.domainId, meetingUuid: `undo-${logged.id}`, logState: 'LOGGED', logActivityId: logged.id } });
    expect((await rejection(deleteActivity(prisma, alex, logged.id))).code).toBe('FORBIDDEN');
  });

  it('adds a comment that the timeline page then returns', async () => {
    // Newer than every demo activity (whose drafts reach a few days ahead of the load day): first on the page.
    const activityDate = new Date(now().getTime() + 7 * 86_400_000).toISOString();
    const logged = await createActivity(prisma, alex, { ...draftInput(acme.companyId), status: 'LOGGED', activityDate });
    const comment = await addComment(prisma, vera, logged.id, { body: ' Great call ' });
    expect(comment).toMatchObject({ authorId: vera.id, authorName: 'Vera Lindqvist', body: 'Great call' });
    const page = await listTimeline(prisma, { domainId: vera.domainId, viewerId: vera.id, subject: { kind: 'company', id: acme.companyId }, limit: 5 });
    expect(page.items.find((item) => item.id === logged.id)?.comments).toEqual([comment]);
  });
});
