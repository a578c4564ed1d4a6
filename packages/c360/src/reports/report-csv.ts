import { reportQuerySchema, type ReportEvent } from '@c360/contracts';
import { parseInput } from '../errors/parse-input.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { csvRecord } from './csv.ts';
import { readEventPage } from './read-event-page.ts';
import type { Actor } from '../permissions/actor.ts';
import { checkFilterIds } from './report-filter.ts';

export const CSV_LANGUAGES = ['en', 'ja'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

/** Pages read while exporting: bounded, so an export of any size holds one page in memory at a time. */
const CSV_PAGE_SIZE = 500;

const HEADERS: Record<CsvLanguage, readonly string[]> = {
  en: ['Time (UTC)', 'Event type', 'User', 'Company', 'Relationship', 'Meeting UUID', 'Details'],
  ja: ['日時 (UTC)', 'イベント種別', 'ユーザー', '企業', 'リレーションシップ', 'ミーティング UUID', '詳細'],
};

/** The event type stays its stable code, so spreadsheets and scripts can filter on it in any language. */
const fieldsOf = (event: ReportEvent): string[] => [
  event.createdAt,
  event.type,
  event.user?.displayName ?? '',
  event.company?.name ?? '',
  event.relationship?.name ?? '',
  event.meetingUuid ?? '',
  Object.entries(event.details)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('; '),
];

/**
 * The whole filtered report as CSV chunks (a header record, then one chunk per page), newest first: the
 * caller streams them as they come. Checks the licence, the query and the filter's ids before the first
 * chunk, so an error is still an ordinary error response. The caller writes the UTF-8 BOM.
 */
export async function reportEventsCsv(
  prisma: PrismaClient,
  actor: Actor,
  input: unknown,
  language: CsvLanguage,
): Promise<AsyncGenerator<string, void, undefined>> {
  assertCan(actor, 'viewReports');
  const { cursor: _cursor, limit: _limit, format: _format, ...filter } = parseInput(reportQuerySchema, input);
  await checkFilterIds(prisma, actor.domainId, filter);
  return (async function* chunks() {
    yield csvRecord(HEADERS[language]);
    let cursor: string | undefined;
    do {
      const page = await readEventPage(prisma, actor.domainId, filter, { cursor, limit: CSV_PAGE_SIZE });
      if (page.items.length > 0) yield page.items.map((event) => csvRecord(fieldsOf(event))).join('');
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  })();
}
