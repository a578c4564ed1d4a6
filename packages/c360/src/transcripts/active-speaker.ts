import { meetingUuidSchema, speakerSideSchema, type ActiveSpeaker } from '@c360/contracts';
import { z } from 'zod';
import { now } from '../clock/index.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { MeetingKey } from '../meetings/meeting-key.ts';
import { readMeeting } from '../meetings/meeting-store.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { speakerMatcher } from './match-speaker.ts';

/** An active-speaker change (RTMS event 2) as the BFF's RTMS client hands it over. */
const speakerChangeSchema = z.object({
  meetingUuid: meetingUuidSchema,
  rtmsStreamId: z.string().min(1).max(200),
  zoomUserId: z.number().int().nonnegative(),
  userName: z.string().max(300),
});

/** What `Meeting.activeSpeaker` holds: the speaker as matched when they began, and when that was (the store's clock). */
const storedSpeakerSchema = z.object({
  speakerName: z.string(),
  personId: z.uuid().nullable(),
  userId: z.uuid().nullable(),
  side: speakerSideSchema,
  since: z.iso.datetime(),
});
type StoredSpeaker = z.infer<typeof storedSpeakerSchema>;

/** An active speaker as recorded for one domain's meeting, for the BFF to push to that meeting's sidebars. */
export interface RecordedSpeaker extends MeetingKey {
  speaker: ActiveSpeaker;
}

const speakerView = ({ speakerName, personId, userId, side }: StoredSpeaker, speakingForMs: number): ActiveSpeaker => ({
  speakerName,
  ...(personId === null ? {} : { personId }),
  ...(userId === null ? {} : { userId }),
  side,
  speakingForMs,
});

/**
 * Someone else speaks now, in every domain whose meeting this stream is capturing: kept on the meeting (so a
 * sidebar opened meanwhile learns it) with the speaker matched by that domain's roster, as a line's is.
 * Answers the meetings that changed. Zoom sends the line itself only once its speaker has finished it.
 */
export async function recordActiveSpeaker(prisma: PrismaClient, input: unknown): Promise<RecordedSpeaker[]> {
  const change = parseInput(speakerChangeSchema, input);
  const meetings = await prisma.meeting.findMany({
    where: { meetingUuid: change.meetingUuid, captureStreamId: change.rtmsStreamId, capturePaused: false },
    select: { id: true, domainId: true },
  });
  const recorded: RecordedSpeaker[] = [];
  for (const meeting of meetings) {
    const key = { domainId: meeting.domainId, meetingUuid: change.meetingUuid };
    const stored: StoredSpeaker = {
      speakerName: change.userName,
      ...speakerMatcher(await readMeeting(prisma, key))(change.userName),
      since: now().toISOString(),
    };
    // Raw, as capture on and off are: the meeting view's updatedAt stays that of its roster or subject.
    const changed = await prisma.$executeRaw`
      UPDATE "Meeting" SET "activeSpeaker" = ${JSON.stringify(stored)}::jsonb
      WHERE "id" = ${meeting.id}::uuid AND "captureStreamId" = ${change.rtmsStreamId}`;
    if (changed > 0) recorded.push({ ...key, speaker: speakerView(stored, 0) });
  }
  return recorded;
}

/**
 * Who speaks now, by what the meeting keeps, and for how long without a line for it: since they began, or since
 * their latest line reached us (`latestLineAt`), whichever is later. Nobody when the column holds nothing usable.
 */
export function speakingNow(stored: unknown, latestLineAt: (speakerName: string) => Date | undefined): ActiveSpeaker | undefined {
  const parsed = storedSpeakerSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const since = Math.max(Date.parse(parsed.data.since), latestLineAt(parsed.data.speakerName)?.getTime() ?? 0);
  return speakerView(parsed.data, Math.max(0, now().getTime() - since));
}
