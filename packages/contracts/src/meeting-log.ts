import { z } from 'zod';
import { text } from './text.ts';
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

/** A line of the meeting's conversation, as the summary quotes it. */
export const conversationLineSchema = z.object({
  speakerName: z.string(),
  text: z.string(),
  startTime: z.iso.datetime({ offset: true }),
});
export type ConversationLineView = z.infer<typeof conversationLineSchema>;

/** What the meeting's transcript said, in brief: a few key lines per speaker and the topics. */
export const conversationSummarySchema = z.object({
  keyLines: z.array(conversationLineSchema),
  topics: z.array(z.string()),
  /** The recording's transcript file the summary was read from (its download is the full transcript), if any. */
  transcriptFileId: z.uuid().nullable(),
  /** Read from the meeting's live transcript (its full text is `GET /api/meetings/:uuid/transcript.txt`). */
  live: z.boolean(),
});
export type ConversationSummaryView = z.infer<typeof conversationSummarySchema>;

/** A commitment found in the transcript, proposed as a follow-up: its owner is the speaker who made it. */
export const actionItemSchema = z.object({
  text: z.string(),
  ownerName: z.string(),
  personId: z.uuid().optional(),
  userId: z.uuid().optional(),
  /** YYYY-MM-DD, when the commitment named a deadline ("by Friday", 「来週までに」). */
  dueDate: z.iso.date().optional(),
  sourceLine: conversationLineSchema,
});
export type ActionItemView = z.infer<typeof actionItemSchema>;

/** `GET /api/meetings/:meetingUuid/log` and `GET /api/meeting-logs/:meetingUuid` (and the answers of their POSTs and of `/end`). */
export const meetingLogViewSchema = z.object({
  meetingUuid: z.string(),
  state: meetingLogStateSchema,
  /** The viewer is the host user whose log this is: only they save or discard it. */
  isMine: z.boolean(),
  meeting: z.object({
    topic: z.string().nullable(),
    startedAt: z.iso.datetime({ offset: true }).nullable(),
    endedAt: z.iso.datetime({ offset: true }).nullable(),
    /** The meeting's real duration (start to end), whole minutes. */
    durationMinutes: z.number().int().nullable(),
    companyId: z.uuid().nullable(),
    relationshipId: z.uuid().nullable(),
    subjectName: z.string().nullable(),
  }),
  /**
   * The meeting's one activity: the logged one, or (pending, for the host) the one the after-call panel
   * edits: the host's Meeting activity logged during the call, else their draft of it; null until there is one.
   */
  activity: activitySchema.nullable(),
  /** The viewer's other pending meetings with the same company ("Save and close all"). */
  otherPending: z.array(pendingMeetingSchema),
  /** Built from the meeting's transcript for whoever sees the log's activity; null without a transcript. */
  summary: conversationSummarySchema.nullable(),
  /** The commitments the transcript holds, in the order they were made. */
  actionItems: z.array(actionItemSchema),
});
export type MeetingLogView = z.infer<typeof meetingLogViewSchema>;

/**
 * save: log the meeting with the panel's content; save-close-all: also every other pending meeting of the
 * host with the same company; discard: log nothing; draft: keep the panel's content on the meeting's
 * activity (created as a draft when it has none yet), the log staying pending (follow-ups need the activity).
 */
export const MEETING_LOG_ACTIONS = ['save', 'save-close-all', 'discard', 'draft'] as const;

/**
 * What the host may set in the after-call panel; a company or relationship only when the meeting has none.
 * `version` is the version of the meeting's activity the panel showed (absent when it showed none): a
 * stale one is a CONFLICT carrying the current activity, as for `PATCH /api/activities/:id`.
 */
export const meetingLogActivitySchema = updateActivitySchema
  .pick({ type: true, subject: true, notes: true, companyId: true, relationshipId: true })
  .extend({ version: updateActivitySchema.shape.version.optional() })
  .strict();
export type MeetingLogActivity = z.infer<typeof meetingLogActivitySchema>;

/** `POST /api/meetings/:meetingUuid/log` and `POST /api/meeting-logs/:meetingUuid`. */
export const postMeetingLogSchema = z.object({
  action: z.enum(MEETING_LOG_ACTIONS),
  activity: meetingLogActivitySchema.optional(),
});
export type PostMeetingLog = z.infer<typeof postMeetingLogSchema>;

/** `GET /api/meeting-logs?state=PENDING&cursor=&limit=`: the signed-in user's own logs waiting for an answer. */
export const meetingLogsQuerySchema = z.object({
  state: z.enum(['PENDING']),
  cursor: text().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type MeetingLogsQuery = z.infer<typeof meetingLogsQuerySchema>;

/** One pending log as the Meeting logs screen lists it. */
export const meetingLogSummarySchema = pendingMeetingSchema.extend({
  /** The meeting's company or relationship, null when none was chosen. */
  subjectName: z.string().nullable(),
});
export type MeetingLogSummary = z.infer<typeof meetingLogSummarySchema>;

/** A page of them, most recently ended first; `total` counts them all (the ⋯ button's badge). */
export const meetingLogPageSchema = z.object({
  items: z.array(meetingLogSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int().min(0),
});
export type MeetingLogPage = z.infer<typeof meetingLogPageSchema>;
