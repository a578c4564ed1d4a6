import { reportQuerySchema, type ReportPage } from '@c360/contracts';
import { parseInput } from '../errors/parse-input.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { readMeetingsPerWeek } from './meetings-per-week.ts';
import { readEventPage } from './read-event-page.ts';
import type { Actor } from '../permissions/actor.ts';
import { checkFilterIds } from './report-filter.ts';

/**
 * A page of the domain's Zoom-app use report (issue 7) for admins and CSMs: the filtered events, newest
 * first, and meetings per week over the whole filter. The licence is checked before the query is parsed,
 * so a Viewer learns why they may not rather than which field is wrong.
 */
export async function listReportEvents(prisma: PrismaClient, actor: Actor, input: unknown): Promise<ReportPage> {
  assertCan(actor, 'viewReports');
  const { cursor, limit, format: _format, ...filter } = parseInput(reportQuerySchema, input);
  await checkFilterIds(prisma, actor.domainId, filter);
  const [page, meetingsPerWeek] = await Promise.all([
    readEventPage(prisma, actor.domainId, filter, { cursor, limit }),
    readMeetingsPerWeek(prisma, actor.domainId, filter),
  ]);
  return { ...page, meetingsPerWeek };
}
