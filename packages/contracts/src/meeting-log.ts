import { z } from 'zod';
import { activitySchema, updateActivitySchema } from './timeline.ts';

/** IN_PROGRESS: the meeting has not ended (or was never seen); the others are Meeting.logState. */
export const MEETING_LOG_STATES = ['IN_PROGRESS', 'PENDING', 'LOGGED', 'DISCARDED'] as const;
export const meetingLogStateSchema = z.enum(MEETING_LOG_STATES);
export type MeetingLogStateView = z.infer<typeof meetingLogStateSchema>;

/** Another meeting of the same host and company still waiting for Save or Discard. */
export const pendingMeetingSchema = z.object({
  meetingUuid: z.string(),
  topic: z.string().nullable(),
  endedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type PendingMeeting = z.infer<typeof pendingMeetingSchema>;

/** `GET /api/meetings/:meetingUuid/log` (and the answer of its POST and of `/end`). */
export const meetingLogViewSchema = z.object({
  meetingUuid: z.string(),
  state: meetingLogStateSchema,
  /** The viewer is the host user whose log this is: only they save or discard it. */
  isMine: z.boolean(),
  meeting: z.object({
    topic: z.string().nullable(),
    startedAt: z.iso.datetime({ offset: true }).nullable(),
    endedAt: z.iso.datetime({ offset: true }).nullable(),
    durationMinutes: z.number().int().nullable(),
    companyId: z.uuid().nullable(),
    relationshipId: z.uuid().nullable(),
    subjectName: z.string().nullable(),
  }),
  /** The logged activity, or (pending, for the host) their draft of the meeting to pre-fill the panel. */
  activity: activitySchema.nullable(),
  /** The viewer's other pending meetings with the same company ("Save and close all"). */
  otherPending: z.array(pendingMeetingSchema),
});
export type MeetingLogView = z.infer<typeof meetingLogViewSchema>;

export const MEETING_LOG_ACTIONS = ['save', 'save-close-all', 'discard'] as const;

/** What the host may set in the after-call panel; a company or relationship only when the meeting has none. */
export const meetingLogActivitySchema = updateActivitySchema
  .pick({ type: true, subject: true, notes: true, companyId: true, relationshipId: true })
  .strict();
export type MeetingLogActivity = z.infer<typeof meetingLogActivitySchema>;

/** `POST /api/meetings/:meetingUuid/log`. */
export const postMeetingLogSchema = z.object({
  action: z.enum(MEETING_LOG_ACTIONS),
  activity: meetingLogActivitySchema.optional(),
});
export type PostMeetingLog = z.infer<typeof postMeetingLogSchema>;
