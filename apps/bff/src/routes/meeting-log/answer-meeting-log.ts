import { actOnMeetingLog, readMeetingLog, type SignedIn, type TimelineActor } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { MeetingLogView } from '@c360/contracts';
import { publishMeetingChange } from '../meetings/meeting-change.ts';
import type { MeetingEvents } from '../meetings/meeting-events.ts';

const actorOf = ({ user, domain }: SignedIn): TimelineActor => ({ id: user.id, domainId: domain.id, licence: user.licence, isAdmin: user.isAdmin });

/** A meeting's after-call log as the signed-in user sees it. */
export const meetingLogOf = (prisma: PrismaClient, signedIn: SignedIn, meetingUuid: string): Promise<MeetingLogView> =>
  readMeetingLog(prisma, { domainId: signedIn.domain.id, meetingUuid, viewerId: signedIn.user.id });

/** Tells every open sidebar of these meetings (`/api/meetings/:meetingUuid/events`) that their log changed. */
export const publishMeetingLogs = (prisma: PrismaClient, hub: MeetingEvents, domainId: string, meetingUuids: readonly string[]) =>
  Promise.all(meetingUuids.map((meetingUuid) => publishMeetingChange(prisma, hub, domainId, meetingUuid)));

/** The host's answer (save, save and close all, discard, draft), published, then the log as it now is. */
export async function answerMeetingLog(
  prisma: PrismaClient,
  hub: MeetingEvents,
  signedIn: SignedIn,
  meetingUuid: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<MeetingLogView> {
  const changed = await actOnMeetingLog(prisma, actorOf(signedIn), { meetingUuid, body }, { idempotencyKey });
  await publishMeetingLogs(prisma, hub, signedIn.domain.id, changed);
  return meetingLogOf(prisma, signedIn, meetingUuid);
}
