import { actOnMeetingLog, readMeetingLog, type Actor } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { MeetingLogView } from '@c360/contracts';
import { publishMeetingChange } from '../meetings/meeting-change.ts';
import type { MeetingEvents } from '../meetings/meeting-events.ts';

/** A meeting's after-call log as the signed-in user sees it. */
export const meetingLogOf = (prisma: PrismaClient, viewer: Actor, meetingUuid: string): Promise<MeetingLogView> =>
  readMeetingLog(prisma, { domainId: viewer.domainId, meetingUuid, viewerId: viewer.id });

/** Tells every open sidebar of these meetings (`/api/meetings/:meetingUuid/events`) that their log changed. */
export const publishMeetingLogs = (prisma: PrismaClient, hub: MeetingEvents, domainId: string, meetingUuids: readonly string[]) =>
  Promise.all(meetingUuids.map((meetingUuid) => publishMeetingChange(prisma, hub, domainId, meetingUuid)));

/** The host's answer (save, save and close all, discard, draft), published, then the log as it now is. */
export async function answerMeetingLog(
  prisma: PrismaClient,
  hub: MeetingEvents,
  actor: Actor,
  meetingUuid: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<MeetingLogView> {
  const changed = await actOnMeetingLog(prisma, actor, { meetingUuid, body }, { idempotencyKey });
  await publishMeetingLogs(prisma, hub, actor.domainId, changed);
  return meetingLogOf(prisma, actor, meetingUuid);
}
