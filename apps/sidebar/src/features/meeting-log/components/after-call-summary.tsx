import type { MeetingLogView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

interface AfterCallSummaryProps {
  log: MeetingLogView;
  /** The meeting's company or relationship, or the one the panel will log on. */
  companyName: string | undefined;
}

/**
 * What the log records besides the panel's text: the topic, the duration (the activity's if the user set
 * one, else the meeting's real one), the company and, once there is an activity, its attendees.
 */
export function AfterCallSummary({ log, companyName }: AfterCallSummaryProps) {
  const { t } = useTranslation();
  const { meeting, activity } = log;
  const duration = activity?.durationMinutes ?? meeting.durationMinutes;
  const attendees = activity ? [...activity.internalAttendees, ...activity.externalAttendees].map((attendee) => attendee.name) : [];
  return (
    <dl className="facts">
      <dt>{t('meetingLog.panel.topic')}</dt>
      <dd>{meeting.topic ?? t('meetingLog.panel.noTopic')}</dd>
      {duration !== null && (
        <>
          <dt>{t('meetingLog.panel.duration')}</dt>
          <dd>{t('meetingLog.panel.minutes', { count: duration })}</dd>
        </>
      )}
      <dt>{t('meetingLog.panel.company')}</dt>
      <dd>{companyName ?? t('meetingLog.panel.noCompany')}</dd>
      {attendees.length > 0 && (
        <>
          <dt>{t('meetingLog.panel.attendees')}</dt>
          <dd>{attendees.join(t('meetingLog.panel.listSeparator'))}</dd>
        </>
      )}
    </dl>
  );
}
