import type { ReportEventType, SearchItem } from '@c360/contracts';

/** The report screen's filters as the form holds them: '' is "any". */
export interface ReportFilters {
  subject: SearchItem | null;
  userId: string;
  type: ReportEventType | '';
  from: string;
  to: string;
}

export const NO_FILTERS: ReportFilters = { subject: null, userId: '', type: '', from: '', to: '' };

/** The filters as `GET /api/reports/events` reads them; "any" is left out. */
export function reportSearchParams({ subject, userId, type, from, to }: ReportFilters): URLSearchParams {
  const entries: [string, string][] = [
    ...(subject ? [[subject.kind === 'company' ? 'companyId' : 'relationshipId', subject.id] as [string, string]] : []),
    ['userId', userId],
    ['type', type],
    ['from', from],
    ['to', to],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}

/** The CSV export of the same filters, its header in the screen's language. */
export function csvHref(filters: ReportFilters, language: string): string {
  const params = reportSearchParams(filters);
  params.set('format', 'csv');
  params.set('lang', language);
  return `/api/reports/events?${params}`;
}
