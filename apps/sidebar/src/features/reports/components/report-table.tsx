import type { ReportEvent } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPE_LABELS } from '../lib/event-labels';

const subjectOf = ({ company, relationship }: ReportEvent) => [company?.name, relationship?.name].filter((name) => name !== undefined).join(' › ');

/** The events, newest first, times in the user's locale and time zone. */
export function ReportTable({ events }: { events: readonly ReportEvent[] }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <table className="reports-table" data-testid="report-events">
      <caption className="visually-hidden">{t('reports.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.table.time')}</th>
          <th scope="col">{t('reports.table.type')}</th>
          <th scope="col">{t('reports.table.user')}</th>
          <th scope="col">{t('reports.table.subject')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-type={event.type} data-meeting={event.meetingUuid ?? undefined}>
            <td>
              <time dateTime={event.createdAt}>{time.format(new Date(event.createdAt))}</time>
            </td>
            <td>{t(EVENT_TYPE_LABELS[event.type])}</td>
            <td>{event.user?.displayName ?? t('reports.table.systemUser')}</td>
            <td>{subjectOf(event)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
