import { processMeetingEnded, type ZoomWebhookDelivery } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { publishMeetingChange } from '../meetings/meeting-change.ts';
import type { MeetingEvents } from '../meetings/meeting-events.ts';

/** A recorded `meeting.ended`: ends the meeting's log once and tells every open sidebar of it. */
export async function applyMeetingEnded(prisma: PrismaClient, hub: MeetingEvents | undefined, delivery: ZoomWebhookDelivery): Promise<void> {
  const ended = await processMeetingEnded(prisma, delivery);
  if (hub) await Promise.all(ended.map(({ domainId, meetingUuid }) => publishMeetingChange(prisma, hub, domainId, meetingUuid)));
}
