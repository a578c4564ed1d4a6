import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { formatActivityDate } from '@/features/timeline';
import { usePendingMeetingLogs } from '../api/get-meeting-logs';

/** The pending logs, most recently ended first: topic, company and end, each a button that opens it. */
export function PendingLogList({ onOpen }: { onOpen: (meetingUuid: string) => void }) {
  const { t, i18n } = useTranslation();
  const query = usePendingMeetingLogs();
  return (
    <QueryState query={query} loading={t('meetingLog.logs.loading')} failed={t('meetingLog.logs.loadFailed')}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) return <p className="muted">{t('meetingLog.logs.none')}</p>;
        return (
          <>
            <ul className="stack-list" aria-label={t('meetingLog.logs.listLabel', { count: data.pages[0]?.total ?? items.length })}>
              {items.map((item) => (
                <li key={item.meetingUuid}>
                  <button type="button" className="meeting-logs__item" onClick={() => onOpen(item.meetingUuid)}>
                    <span className="meeting-logs__topic">{item.topic ?? t('meetingLog.panel.noTopic')}</span>
                    <span className="meeting-logs__meta">
                      {item.subjectName ?? t('meetingLog.panel.noCompany')}
                      {item.endedAt && ` · ${t('meetingLog.logs.endedAt', { date: formatActivityDate(item.endedAt, i18n.language) })}`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {query.hasNextPage && (
              <button type="button" className="button" aria-disabled={query.isFetchingNextPage || undefined} onClick={() => void query.fetchNextPage()}>
                {query.isFetchingNextPage ? t('meetingLog.logs.loadingMore') : t('meetingLog.logs.more')}
              </button>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
