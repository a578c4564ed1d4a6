import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { findVisibleActivity } from '../timeline/find-visible-activity.ts';
import type { Actor } from '../permissions/actor.ts';

/**
 * Which recording files belong to an activity: those of its meeting, in the actor's domain. An activity
 * the actor may not see is NOT_FOUND; one without a meeting has none (`undefined`).
 */
export async function recordingFilesOfActivity(
  prisma: PrismaClient,
  actor: Actor,
  activityId: string,
): Promise<Prisma.MeetingRecordingFileWhereInput | undefined> {
  const activity = await findVisibleActivity(prisma, actor, activityId);
  if (activity.meetingUuid === null) return undefined;
  return { meeting: { domainId: actor.domainId, meetingUuid: activity.meetingUuid } };
}
