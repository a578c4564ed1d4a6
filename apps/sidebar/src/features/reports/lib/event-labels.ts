import type { ReportEventType } from '@c360/contracts';
import type { ParseKeys } from 'i18next';

/** The localised label of each event type (i18n keys cannot hold the types' dots). */
export const EVENT_TYPE_LABELS: Record<ReportEventType, ParseKeys> = {
  'sidebar.opened': 'reports.types.sidebarOpened',
  'activity.draft-saved': 'reports.types.activityDraftSaved',
  'activity.logged': 'reports.types.activityLogged',
  'activity.edited': 'reports.types.activityEdited',
  'person.added': 'reports.types.personAdded',
  'score.updated': 'reports.types.scoreUpdated',
  'attributes.updated': 'reports.types.attributesUpdated',
  'meeting.logged': 'reports.types.meetingLogged',
  'meeting.log-discarded': 'reports.types.meetingLogDiscarded',
  'cta.created': 'reports.types.ctaCreated',
  'cta.closed': 'reports.types.ctaClosed',
  'cta.reopened': 'reports.types.ctaReopened',
  'recording.attached': 'reports.types.recordingAttached',
  'recording.download-failed': 'reports.types.recordingDownloadFailed',
};
