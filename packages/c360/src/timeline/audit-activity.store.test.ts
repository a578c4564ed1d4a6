import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { now } from '../clock/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { createActivity } from './create-activity.ts';
import { updateActivity } from './update-activity.ts';

let prisma: PrismaClient;
let alex: Actor;
let sakuraId: string;

const draftInput = (subject: string) => ({ type: 'UPDATE' as const, subject, notes: '<p>Pricing</p>', activityDate: now().toISOString(), companyId: sakuraId });
const eventsOf = (activityId: string) =>
  prisma.auditEvent.findMany({
    where: { data: { path: ['activityId'], equals: activityId } },
    select: { type: true, data: true },
    orderBy: { createdAt: 'asc' },
  });

/** Makes the database refuse every activity audit event, as a failing audit would; a real failure, no mock. */
async function whileActivityAuditFails(run: () => Promise<void>): Promise<void> {
  await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_activity_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_activity_audit BEFORE INSERT ON "AuditEvent"
    FOR EACH ROW WHEN (NEW.type LIKE 'activity.%') EXECUTE FUNCTION refuse_activity_audit()`);
  try {
    await run();
  } finally {
    await prisma.$executeRawUnsafe('DROP TRIGGER refuse_activity_audit ON "AuditEvent"');
    await prisma.$executeRawUnsafe('DROP FUNCTION refuse_activity_audit()');
  }
}

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex] = await actors('alex@acme.example');
  sakuraId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, name: '株式会社サクラ精機' } })).id;
});

describe('the audit of timeline writes', () => {
  it('records a draft once when first saved (not again on a retry or an autosave) and once when it becomes logged', async () => {
    const draft = await createActivity(prisma, alex, draftInput('Audited'), { idempotencyKey: 'audit-1' });
    await createActivity(prisma, alex, draftInput('Audited'), { idempotencyKey: 'audit-1' });
    const saved = await updateActivity(prisma, alex, draft.id, { version: 1, notes: '<p>More</p>' });
    await updateActivity(prisma, alex, draft.id, { version: saved.version, status: 'LOGGED' });
    expect(await eventsOf(draft.id)).toEqual([
      { type: 'activity.draft-saved', data: { activityId: draft.id, version: 1, activityType: 'UPDATE' } },
      { type: 'activity.logged', data: { activityId: draft.id, version: 3, activityType: 'UPDATE' } },
    ]);
  });

  it('records each edit of a logged activity, with the version it made', async () => {
    const activity = await createActivity(prisma, alex, { ...draftInput('Logged then edited'), status: 'LOGGED' });
    const edited = await updateActivity(prisma, alex, activity.id, { version: 1, notes: '<p>Corrected</p>' });
    await updateActivity(prisma, alex, activity.id, { version: edited.version, subject: 'Logged and edited twice' });
    expect(await eventsOf(activity.id)).toEqual([
      { type: 'activity.logged', data: { activityId: activity.id, version: 1, activityType: 'UPDATE' } },
      { type: 'activity.edited', data: { activityId: activity.id, version: 2, activityType: 'UPDATE' } },
      { type: 'activity.edited', data: { activityId: activity.id, version: 3, activityType: 'UPDATE' } },
    ]);
  });

  it('leaves a logged activity as it was when the audit of its edit cannot be written', async () => {
    const activity = await createActivity(prisma, alex, { ...draftInput('Edit not audited'), status: 'LOGGED' });
    await whileActivityAuditFails(async () => {
      await expect(updateActivity(prisma, alex, activity.id, { version: 1, subject: 'Never shown' })).rejects.toThrow();
    });
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ subject: 'Edit not audited', version: 1 });
  });

  it('leaves no activity when its audit event cannot be written', async () => {
    await whileActivityAuditFails(async () => {
      for (const idempotencyKey of [undefined, 'audit-fails']) {
        await expect(createActivity(prisma, alex, draftInput('Never saved'), { idempotencyKey })).rejects.toThrow();
      }
    });
    expect(await prisma.activity.count({ where: { authorId: alex.id, subject: 'Never saved' } })).toBe(0);
  });

  it('leaves a draft unlogged when the audit of its logging cannot be written', async () => {
    const draft = await createActivity(prisma, alex, draftInput('Stays a draft'));
    await whileActivityAuditFails(async () => {
      await expect(updateActivity(prisma, alex, draft.id, { version: 1, status: 'LOGGED' })).rejects.toThrow();
    });
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'DRAFT', version: 1 });
  });
});
