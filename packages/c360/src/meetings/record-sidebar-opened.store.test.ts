import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { DEMO_MEETING } from '../seed/demo-meeting.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { setMeetingSubject } from './meeting-store.ts';
import { recordSidebarOpened } from './record-sidebar-opened.ts';

let store: Store;
let prisma: PrismaClient;
let acmeId: string;
let alexId: string;

const openedEvents = (meetingUuid: string) => prisma.auditEvent.findMany({ where: { domainId: acmeId, type: 'sidebar.opened', meetingUuid } });

it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  prisma = store.prisma;
  acmeId = (await prisma.domain.findUniqueOrThrow({ where: { host: DEMO_MEETING.domainHost } })).id;
  alexId = (await prisma.user.findFirstOrThrow({ where: { domainId: acmeId, email: DEMO_MEETING.hostUsername } })).id;
});

describe('recordSidebarOpened', () => {
  it('records the opening with the surface and role, and no subject before one is chosen', async () => {
    await recordSidebarOpened(prisma, { domainId: acmeId, userId: alexId, meetingUuid: 'opened-m1==', surface: 'inMeeting', role: 'host' });
    expect(await openedEvents('opened-m1==')).toEqual([
      expect.objectContaining({ userId: alexId, companyId: null, relationshipId: null, data: { surface: 'inMeeting', role: 'host' } }),
    ]);
  });

  it("records the meeting's current subject: the relationship and its company", async () => {
    const relationship = await prisma.relationship.findFirstOrThrow({ where: { domainId: acmeId } });
    await setMeetingSubject(prisma, { domainId: acmeId, meetingUuid: 'opened-m2==' }, { relationshipId: relationship.id });
    await recordSidebarOpened(prisma, { domainId: acmeId, userId: alexId, meetingUuid: 'opened-m2==', surface: null, role: null });
    expect(await openedEvents('opened-m2==')).toEqual([
      expect.objectContaining({ companyId: relationship.companyId, relationshipId: relationship.id, data: { surface: null, role: null } }),
    ]);
  });

  it('refuses a malformed meeting id before writing', async () => {
    await expect(recordSidebarOpened(prisma, { domainId: acmeId, userId: alexId, meetingUuid: '', surface: 'inMeeting', role: 'host' })).rejects.toMatchObject({
      code: 'VALIDATION',
      errors: [expect.objectContaining({ path: 'meetingUuid' })],
    });
  });
});
