import { meetingUuidSchema } from '@c360/contracts';
import { z } from 'zod';
import { parseInput } from '../errors/parse-input.ts';
import type { MeetingKey } from '../meetings/meeting-key.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { deleteTranscripts } from './delete-transcripts.ts';

/** Zoom's stop reason when the host (or an admin) revoked the app's access to the stream: what was kept goes. */
export const RTMS_STOP_REASON_REVOKED = 8;

const captureSchema = z.object({ meetingUuid: meetingUuidSchema, rtmsStreamId: z.string().min(1).max(200) });
const stopSchema = captureSchema.extend({ stopReason: z.number().int() });
const pauseSchema = captureSchema.extend({ paused: z.boolean() });

const keysOf = (rows: Array<{ domainId: string; meetingUuid: string }>): MeetingKey[] => rows.map(({ domainId, meetingUuid }) => ({ domainId, meetingUuid }));

/**
 * Capture is on for the meeting, in every domain that knows it; answers those meetings (to tell their sidebars).
 * The updates are raw, so the meeting view's updatedAt stays the time of its last roster or subject change.
 */
export async function startTranscriptCapture(prisma: PrismaClient, input: unknown): Promise<MeetingKey[]> {
  const { meetingUuid, rtmsStreamId } = parseInput(captureSchema, input);
  return keysOf(
    await prisma.$queryRaw`
      UPDATE "Meeting" SET "captureStreamId" = ${rtmsStreamId}, "capturePaused" = false, "activeSpeaker" = NULL
      WHERE "meetingUuid" = ${meetingUuid}
      RETURNING "domainId"::text AS "domainId", "meetingUuid"`,
  );
}

/**
 * The host paused or resumed the capturing stream (Zoom's session state 3 or 4): kept on the meeting, in every
 * domain it captures; answers those meetings. Nobody speaks into a paused transcript.
 */
export async function pauseTranscriptCapture(prisma: PrismaClient, input: unknown): Promise<MeetingKey[]> {
  const { meetingUuid, rtmsStreamId, paused } = parseInput(pauseSchema, input);
  return keysOf(
    await prisma.$queryRaw`
      UPDATE "Meeting" SET "capturePaused" = ${paused}, "activeSpeaker" = NULL
      WHERE "meetingUuid" = ${meetingUuid} AND "captureStreamId" = ${rtmsStreamId}
      RETURNING "domainId"::text AS "domainId", "meetingUuid"`,
  );
}

/**
 * Capture is off where this stream was the one capturing (a late stop of a replaced stream changes nothing);
 * answers the meetings whose capture ended. Stopped because access was revoked, the meeting's transcript is
 * deleted in every domain, in the same transaction.
 */
export async function stopTranscriptCapture(prisma: PrismaClient, input: unknown): Promise<MeetingKey[]> {
  const { meetingUuid, rtmsStreamId, stopReason } = parseInput(stopSchema, input);
  return prisma.$transaction(async (tx) => {
    const stopped = keysOf(
      await tx.$queryRaw`
        UPDATE "Meeting" SET "captureStreamId" = NULL, "capturePaused" = false, "activeSpeaker" = NULL
        WHERE "meetingUuid" = ${meetingUuid} AND "captureStreamId" = ${rtmsStreamId}
        RETURNING "domainId"::text AS "domainId", "meetingUuid"`,
    );
    if (stopReason === RTMS_STOP_REASON_REVOKED) await deleteTranscripts(tx, { meetingUuid });
    return stopped;
  });
}
