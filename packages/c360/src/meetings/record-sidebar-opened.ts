import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkMeetingKey, type MeetingKey } from './meeting-key.ts';

export interface SidebarOpenedInput extends MeetingKey {
  userId: string;
  /** From the session's verified Zoom launch: where (e.g. `inMeeting`) and as whom (e.g. `host`) it opened. */
  surface: string | null;
  role: string | null;
}

/**
 * Records `sidebar.opened` in the domain's audit trail, with the meeting's current subject (if one is
 * chosen yet) so adoption can be reported per company and relationship as well as per user.
 */
export async function recordSidebarOpened(prisma: PrismaClient, input: SidebarOpenedInput): Promise<void> {
  checkMeetingKey(input);
  const { domainId, meetingUuid, userId, surface, role } = input;
  const meeting = await prisma.meeting.findUnique({
    where: { domainId_meetingUuid: { domainId, meetingUuid } },
    select: { companyId: true, relationshipId: true },
  });
  await recordAuditEvent(prisma, {
    type: 'sidebar.opened',
    domainId,
    userId,
    meetingUuid,
    companyId: meeting?.companyId ?? null,
    relationshipId: meeting?.relationshipId ?? null,
    data: { surface, role },
  });
}
