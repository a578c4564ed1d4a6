import { AppError } from '../errors/app-error.ts';
import { checkMeetingKey, type MeetingKey } from '../meetings/meeting-key.ts';
import type { PrismaClient } from '../store/prisma.ts';

/**
 * For the host's own route to a meeting's log (any meeting they hosted, not only the one their Zoom
 * context names): the meeting must be of their domain and hosted by them; anything else is a NOT_FOUND,
 * so another user's meeting id is never confirmed.
 */
export async function requireHostedMeeting(prisma: PrismaClient, key: MeetingKey & { hostUserId: string }): Promise<void> {
  checkMeetingKey(key);
  const meeting = await prisma.meeting.findUnique({
    where: { domainId_meetingUuid: { domainId: key.domainId, meetingUuid: key.meetingUuid } },
    select: { hostUserId: true },
  });
  if (meeting?.hostUserId !== key.hostUserId) throw new AppError('NOT_FOUND', 'No such meeting.');
}
