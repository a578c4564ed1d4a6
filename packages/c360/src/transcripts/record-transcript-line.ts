import { meetingUuidSchema, type TranscriptSegment } from '@c360/contracts';
import { z } from 'zod';
import { now } from '../clock/index.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { MeetingKey } from '../meetings/meeting-key.ts';
import { readMeeting } from '../meetings/meeting-store.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { speakerMatcher } from './match-speaker.ts';
import { transcriptSegmentView } from './transcript-segment-view.ts';
import { languageOfRtmsCode } from './transcript-language.ts';

/** A transcript packet (RTMS msg_type 17) as the BFF's RTMS client hands it over: times in epoch ms. */
const transcriptLineSchema = z.object({
  meetingUuid: meetingUuidSchema,
  rtmsStreamId: z.string().min(1).max(200),
  zoomUserId: z.number().int().nonnegative(),
  userName: z.string().max(300),
  startTime: z.number().int().nonnegative(),
  endTime: z.number().int().nonnegative(),
  language: z.number().int(),
  text: z.string().min(1).max(20_000),
});
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;

/** A segment as recorded for one domain's meeting, for the BFF to push to that meeting's sidebars. */
export interface RecordedSegment extends MeetingKey {
  segment: TranscriptSegment;
}

/**
 * Records a transcript line for every domain whose sidebars know the meeting (sent its roster or subject),
 * its speaker matched by that domain's roster. A packet delivered again (same stream, speaker and start, as
 * after a reconnect) is stored once and answered only the first time, so it is pushed once. A line of a
 * meeting no domain knows is dropped: nobody could see it.
 */
export async function recordTranscriptLine(prisma: PrismaClient, input: unknown): Promise<RecordedSegment[]> {
  const line = parseInput(transcriptLineSchema, input);
  const meetings = await prisma.meeting.findMany({ where: { meetingUuid: line.meetingUuid }, select: { id: true, domainId: true } });
  const recorded: RecordedSegment[] = [];
  for (const meeting of meetings) {
    const key = { domainId: meeting.domainId, meetingUuid: line.meetingUuid };
    const speaker = speakerMatcher(await readMeeting(prisma, key))(line.userName);
    const row = {
      speakerName: line.userName,
      ...speaker,
      text: line.text,
      startTime: new Date(line.startTime),
      endTime: new Date(Math.max(line.startTime, line.endTime)),
      language: languageOfRtmsCode(line.language),
    };
    const inserted = await prisma.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "TranscriptSegment" ("id", "domainId", "meetingId", "rtmsStreamId", "zoomUserId", "speakerName", "personId", "userId",
        "side", "text", "startTime", "endTime", "language", "createdAt")
      VALUES (gen_random_uuid(), ${meeting.domainId}::uuid, ${meeting.id}::uuid, ${line.rtmsStreamId}, ${line.zoomUserId}, ${row.speakerName},
        ${row.personId}::uuid, ${row.userId}::uuid, ${row.side}, ${row.text}, ${row.startTime}::timestamptz, ${row.endTime}::timestamptz,
        ${row.language}, ${now()}::timestamptz)
      ON CONFLICT ("meetingId", "rtmsStreamId", "zoomUserId", "startTime") DO NOTHING
      RETURNING "id"::text AS "id"`;
    const id = inserted[0]?.id;
    if (id !== undefined) recorded.push({ ...key, segment: transcriptSegmentView({ id, ...row }) });
  }
  return recorded;
}
