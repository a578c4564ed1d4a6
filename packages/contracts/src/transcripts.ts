import { z } from 'zod';

/** Which side of the call a speaker is on: the customer's people, our users, or not known (yet). */
export const SPEAKER_SIDES = ['customer', 'ours', 'unknown'] as const;
export const speakerSideSchema = z.enum(SPEAKER_SIDES);
export type SpeakerSide = z.infer<typeof speakerSideSchema>;

/**
 * One utterance of the meeting's live transcript (an RTMS transcript packet, msg_type 17), its speaker
 * matched to the roster's person or to one of our users when the name allows it.
 */
export const transcriptSegmentSchema = z.object({
  id: z.uuid(),
  speakerName: z.string(),
  personId: z.uuid().optional(),
  userId: z.uuid().optional(),
  side: speakerSideSchema,
  text: z.string(),
  startTime: z.iso.datetime({ offset: true }),
  endTime: z.iso.datetime({ offset: true }),
  /** BCP 47 ('en', 'ja'), from the packet's language code. */
  language: z.string(),
});
export type TranscriptSegment = z.infer<typeof transcriptSegmentSchema>;

/**
 * Who is speaking now (Zoom's active speaker, RTMS event 2), matched as a segment's speaker is, and how long
 * they have been speaking without a transcript line for it yet: Zoom sends a line once its speaker finishes
 * it, so this is the talk time still to come while they go on.
 */
export const activeSpeakerSchema = transcriptSegmentSchema.pick({ speakerName: true, personId: true, userId: true, side: true }).extend({
  /** Since they became the active speaker, or since their latest line, when this was answered or sent. */
  speakingForMs: z.number().int().nonnegative(),
});
export type ActiveSpeaker = z.infer<typeof activeSpeakerSchema>;

/**
 * Whether the meeting's conversation is being captured now (RTMS started and not stopped), and whether the host
 * paused it (nothing said meanwhile is kept); `paused` is left out when not.
 */
export const transcriptCaptureSchema = z.object({ capturing: z.boolean(), paused: z.literal(true).optional() });
export type TranscriptCapture = z.infer<typeof transcriptCaptureSchema>;

/** `GET /api/meetings/:meetingUuid/transcript`: the segments so far, oldest first, and who speaks now (while capturing). */
export const meetingTranscriptSchema = transcriptCaptureSchema.extend({
  items: z.array(transcriptSegmentSchema),
  speaking: activeSpeakerSchema.optional(),
  /** The domain's retention setting: days a live transcript is kept (the host's consent line says it). */
  retentionDays: z.number().int().positive().optional(),
});
export type MeetingTranscript = z.infer<typeof meetingTranscriptSchema>;

/** The SSE `transcript` event of `/api/meetings/:meetingUuid/events`: a new segment, a new active speaker, or capture turned on, paused, resumed or off. */
export const transcriptEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segment: transcriptSegmentSchema }),
  z.object({ kind: z.literal('speaking'), speaker: activeSpeakerSchema }),
  transcriptCaptureSchema.extend({ kind: z.literal('capture') }),
]);
export type TranscriptEvent = z.infer<typeof transcriptEventSchema>;
