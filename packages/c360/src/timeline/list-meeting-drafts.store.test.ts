import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { createActivity } from './create-activity.ts';
import { listMeetingDrafts, MAX_MEETING_DRAFTS } from './list-meeting-drafts.ts';
import type { Actor } from '../permissions/actor.ts';
import { updateActivity } from './update-activity.ts';

const MEETING = 'drafts-m1==';
const OTHER_MEETING = 'drafts-m2==';

let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let sam: Actor;
let acmeCompanyId: string;
let globexCompanyId: string;

const draft = (companyId: string, meetingUuid: string, subject: string) => ({
  type: 'MEETING' as const,
  status: 'DRAFT' as const,
  subject,
  activityDate: '2026-11-20T09:00:00.000Z',
  companyId,
  meetingUuid,
});

const drafts = (who: Actor, meetingUuid = MEETING) => listMeetingDrafts(prisma, { domainId: who.domainId, userId: who.id, meetingUuid });

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, vera, sam] = await actors('alex@acme.example', 'vera@acme.example', 'sam@globex.example');
  acmeCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId }, orderBy: { name: 'asc' } })).id;
  globexCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: sam.domainId }, orderBy: { name: 'asc' } })).id;
});

describe('listMeetingDrafts', () => {
  it("lists only the user's own drafts of this meeting, the most recently saved first", async () => {
    const first = await createActivity(prisma, alex, draft(acmeCompanyId, MEETING, 'First draft'));
    const second = await createActivity(prisma, alex, draft(acmeCompanyId, MEETING, 'Second draft'));
    const logged = await createActivity(prisma, alex, draft(acmeCompanyId, MEETING, 'Logged one'));
    await updateActivity(prisma, alex, logged.id, { status: 'LOGGED', version: 1 });
    await createActivity(prisma, alex, draft(acmeCompanyId, OTHER_MEETING, 'Another meeting'));
    await createActivity(prisma, vera, draft(acmeCompanyId, MEETING, "Vera's draft"));
    // The same meeting id in another domain is another meeting.
    await createActivity(prisma, sam, draft(globexCompanyId, MEETING, "Sam's draft"));
    // An autosave makes the first draft the most recently saved.
    const edited = await updateActivity(prisma, alex, first.id, { notes: '<p>More notes</p>', version: 1 });

    const { items } = await drafts(alex);
    expect(items.map((item) => item.subject)).toEqual(['First draft', 'Second draft']);
    expect(items[0]).toEqual(edited);
    expect(items[1]!.id).toBe(second.id);
    expect((await drafts(vera)).items.map((item) => item.subject)).toEqual(["Vera's draft"]);
    expect((await drafts(sam)).items.map((item) => item.subject)).toEqual(["Sam's draft"]);
  });

  it('answers no drafts for a meeting without any', async () => {
    expect(await drafts(alex, 'no-drafts==')).toEqual({ items: [] });
  });

  it(`answers at most ${MAX_MEETING_DRAFTS} drafts`, async () => {
    const meetingUuid = 'drafts-many==';
    await prisma.activity.createMany({
      data: Array.from({ length: MAX_MEETING_DRAFTS + 3 }, (_, i) => ({
        domainId: alex.domainId,
        authorId: alex.id,
        companyId: acmeCompanyId,
        meetingUuid,
        type: 'MEETING' as const,
        subject: `Draft ${i}`,
        activityDate: new Date('2026-11-20T09:00:00.000Z'),
      })),
    });
    expect((await drafts(alex, meetingUuid)).items).toHaveLength(MAX_MEETING_DRAFTS);
  });

  it('refuses a malformed domain id before querying', async () => {
    await expect(listMeetingDrafts(prisma, { domainId: 'nope', userId: alex.id, meetingUuid: MEETING })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
