import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/components/ui/admin-screen';
import { QueryFailure } from '@/components/ui/query-state';
import { ApiError } from '@/lib/api-client';
import { useReportEvents } from '../api/get-report-events';
import { csvHref, NO_FILTERS, reportSearchParams, type ReportFilters } from '../lib/report-filters';
import { CsvDownloadLink } from './csv-download-link';
import { MeetingsChart } from './meetings-chart';
import { ReportFiltersForm } from './report-filters-form';
import { ReportTable } from './report-table';
import './reports.css';

/** Why the events did not load: the server's word on a bad filter, else a plain failure. */
function failureOf(error: Error, t: TFunction): string {
  const message = error instanceof ApiError && error.code === 'VALIDATION' ? Object.values(error.fieldErrors())[0] : undefined;
  return message ? t('reports.filters.invalid', { message }) : t('reports.table.loadFailed');
}

/**
 * Reports of Zoom-app use (seed 000: イベントに関するレポートを作成し、企業または関係にフィルターします), for
 * admins and CSMs: filters, meetings per week, the events with "Load more", and the CSV of the same filters.
 */
export function ReportsScreen({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<ReportFilters>(NO_FILTERS);
  const csvHintId = useId();
  const events = useReportEvents(reportSearchParams(filters));
  const pages = events.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);

  return (
    <AdminScreen title={t('reports.title')} intro={t('reports.intro')} closeLabel={t('reports.close')} onClose={onClose} className="reports-screen">
      <ReportFiltersForm filters={filters} onChange={setFilters} />
      <p className="reports-csv">
        <CsvDownloadLink href={csvHref(filters, i18n.language)} hintId={csvHintId} />
        <span id={csvHintId} className="field__hint">
          {t('reports.csv.hint')}
        </span>
      </p>
      {events.isError && <QueryFailure failed={failureOf(events.error, t)} onRetry={() => void events.refetch()} />}
      {pages[0] && <MeetingsChart weeks={pages[0].meetingsPerWeek} />}
      <p role="status" className="muted">
        {events.isPending
          ? t('reports.table.loading')
          : events.isFetchingNextPage
            ? t('reports.table.loadingMore')
            : events.isSuccess
              ? t('reports.table.shown', { count: items.length })
              : ''}
      </p>
      {events.isSuccess && items.length === 0 && <p className="muted">{t('reports.table.empty')}</p>}
      {items.length > 0 && <ReportTable events={items} />}
      {events.hasNextPage && (
        <button type="button" className="button" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
          {t('reports.table.loadMore')}
        </button>
      )}
    </AdminScreen>
  );
}
