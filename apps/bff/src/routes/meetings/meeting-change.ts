import { readMeeting } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { MeetingView } from '@c360/contracts';
import type { MeetingEvents } from './meeting-events.ts';

/** A meeting nobody has sent anything for yet: an empty view (the sidebar shows "waiting for the host"). */
export const emptyMeetingView = (meetingUuid: string): MeetingView => ({
  meetingUuid,
  topic: null,
  subject: null,
  participants: [],
  suggestedCompany: null,
  updatedAt: new Date(0).toISOString(),
});

export const readMeetingView = async (prisma: PrismaClient, domainId: string, meetingUuid: string): Promise<MeetingView> =>
  (await readMeeting(prisma, { domainId, meetingUuid })) ?? emptyMeetingView(meetingUuid);

/** Re-reads a changed meeting and sends it to every open sidebar of it (`/events`). */
export async function publishMeetingChange(prisma: PrismaClient, hub: MeetingEvents, domainId: string, meetingUuid: string): Promise<MeetingView> {
  const view = await readMeetingView(prisma, domainId, meetingUuid);
  hub.publish(domainId, meetingUuid, { event: 'meeting', data: view });
  return view;
}
