import { z } from 'zod';

export const MEETING_LOG_MODES = ['AUTO', 'MANUAL'] as const;
export const meetingLogModeSchema = z.enum(MEETING_LOG_MODES);
export type MeetingLogMode = z.infer<typeof meetingLogModeSchema>;

/** `GET /api/admin/settings`: the domain-wide settings of the Zoom app. */
export const domainSettingsSchema = z.object({
  /** AUTO logs a Meeting activity when the meeting ends; MANUAL asks the host in the after-call panel. */
  meetingLogMode: meetingLogModeSchema,
});
export type DomainSettings = z.infer<typeof domainSettingsSchema>;

/** `PUT /api/admin/settings`: any of the settings; the others stay as they are. */
export const updateDomainSettingsSchema = domainSettingsSchema.partial().strict();
export type UpdateDomainSettings = z.infer<typeof updateDomainSettingsSchema>;
