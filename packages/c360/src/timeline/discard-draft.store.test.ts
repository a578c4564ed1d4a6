import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { now } from '../clock/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { createActivity } from './create-activity.ts';
import { deleteActivity } from './delete-activity.ts';
import { discardDraft } from './discard-draft.ts';
import type { Actor } from '../permissions/actor.ts';

let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let sakuraId: string;

/** What the editor's autosave sends for a new activity of 株式会社サクラ精機. */
const draftInput = () => ({
  type: 'UPDATE' as const,
  subject: 'Renewal prep',
  notes: '<p>Pricing</p>',
  activityDate: now().toISOString(),
  companyId: sakuraId,
});
const activitiesWithKey = (who: Actor, idempotencyKey: string) => prisma.activity.count({ where: { authorId: who.id, idempotencyKey } });

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, vera] = await actors('alex@acme.example', 'vera@acme.example');
  sakuraId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, name: '株式会社サクラ精機' } })).id;
});

describe('discarding a new activity by its Idempotency-Key', () => {
  it('deletes the draft its autosave created, and a create with the key arriving afterwards makes nothing', async () => {
    await createActivity(prisma, alex, draftInput(), { idempotencyKey: 'cancel-1' });
    await discardDraft(prisma, alex, { idempotencyKey: 'cancel-1' });
    expect(await activitiesWithKey(alex, 'cancel-1')).toBe(0);

    const late = await rejection(createActivity(prisma, alex, draftInput(), { idempotencyKey: 'cancel-1' }));
    expect(late.code).toBe('CONFLICT');
    expect(await activitiesWithKey(alex, 'cancel-1')).toBe(0);
  });

  it('wins over a create that has not arrived yet: the key stays spent', async () => {
    await discardDraft(prisma, alex, { idempotencyKey: 'cancel-before-create' });
    expect((await rejection(createActivity(prisma, alex, draftInput(), { idempotencyKey: 'cancel-before-create' }))).code).toBe('CONFLICT');
    expect(await activitiesWithKey(alex, 'cancel-before-create')).toBe(0);
  });

  it('leaves no draft whichever of a concurrent create and discard runs first', async () => {
    for (let round = 0; round < 5; round += 1) {
      const idempotencyKey = `cancel-race-${round}`;
      const [created] = await Promise.allSettled([
        createActivity(prisma, alex, draftInput(), { idempotencyKey }),
        discardDraft(prisma, alex, { idempotencyKey }),
      ]);
      expect(['fulfilled', 'rejected']).toContain(created.status);
      expect(await activitiesWithKey(alex, idempotencyKey)).toBe(0);
    }
  });

  it('succeeds again when retried, as after an answer lost on a dropped connection', async () => {
    await createActivity(prisma, alex, draftInput(), { idempotencyKey: 'cancel-twice' });
    await discardDraft(prisma, alex, { idempotencyKey: 'cancel-twice' });
    await discardDraft(prisma, alex, { idempotencyKey: 'cancel-twice' });
    expect(await prisma.discardedDraftKey.count({ where: { authorId: alex.id, idempotencyKey: 'cancel-twice' } })).toBe(1);
  });

  it('keeps an activity that was logged meanwhile, answering with a conflict', async () => {
    const logged = await createActivity(prisma, alex, { ...draftInput(), status: 'LOGGED' }, { idempotencyKey: 'cancel-logged' });
    expect((await rejection(discardDraft(prisma, alex, { idempotencyKey: 'cancel-logged' }))).code).toBe('CONFLICT');
    expect(await prisma.activity.count({ where: { id: logged.id } })).toBe(1);
    // Nothing was remembered: a retried create of it still answers with the logged activity.
    expect((await createActivity(prisma, alex, draftInput(), { idempotencyKey: 'cancel-logged' })).id).toBe(logged.id);
  });

  it("touches only the author's own key: another user's draft with the same key stays", async () => {
    const veras = await createActivity(prisma, vera, draftInput(), { idempotencyKey: 'shared-key' });
    await discardDraft(prisma, alex, { idempotencyKey: 'shared-key' });
    expect(await prisma.activity.count({ where: { id: veras.id } })).toBe(1);
    expect((await createActivity(prisma, vera, draftInput(), { idempotencyKey: 'shared-key' })).id).toBe(veras.id);
  });

  it('names a key that is not 1 to 255 visible ASCII characters', async () => {
    const invalid = await rejection(discardDraft(prisma, alex, { idempotencyKey: 'has space' }));
    expect(invalid.errors).toEqual([{ path: 'idempotencyKey', message: expect.any(String) }]);
  });
});

describe('deleting a draft by its id', () => {
  it('spends its Idempotency-Key too, so an autosave still on its way does not bring it back', async () => {
    const draft = await createActivity(prisma, alex, draftInput(), { idempotencyKey: 'deleted-by-id' });
    await deleteActivity(prisma, alex, draft.id);
    expect((await rejection(createActivity(prisma, alex, draftInput(), { idempotencyKey: 'deleted-by-id' }))).code).toBe('CONFLICT');
    expect(await activitiesWithKey(alex, 'deleted-by-id')).toBe(0);
  });
});
