import { z } from 'zod';

export const MEETING_LOG_MODES = ['AUTO', 'MANUAL'] as const;
export const meetingLogModeSchema = z.enum(MEETING_LOG_MODES);
export type MeetingLogMode = z.infer<typeof meetingLogModeSchema>;

/** `GET /api/admin/settings`: the domain-wide settings of the Zoom app. */
export const domainSettingsSchema = z.object({
  /** AUTO logs a Meeting activity when the meeting ends; MANUAL asks the host in the after-call panel. */
  meetingLogMode: meetingLogModeSchema,
  /** Days a meeting's live transcript is kept (then housekeeping deletes it): at least a day, at most a year. */
  transcriptRetentionDays: z.number().int().min(1).max(365),
});
export type DomainSettings = z.infer<typeof domainSettingsSchema>;

/** `PUT /api/admin/settings`: any of the settings; the others stay as they are. */
export const updateDomainSettingsSchema = domainSettingsSchema.partial().strict();
export type UpdateDomainSettings = z.infer<typeof updateDomainSettingsSchema>;
