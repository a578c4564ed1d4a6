import type { ScorecardView, SubjectRef } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import { assertNew360 } from '../permissions/assert-new360.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { findSubject } from '../subjects/find-subject.ts';
import { assignmentWhere } from './scorecard-subject.ts';
import { assignmentInclude, toScorecardView, type AssignmentRow } from './scorecard-view.ts';
import { historyStart, weeklyHistory, type RecordedScore } from './weekly-history.ts';

/** Where a scorecard is: a company or relationship of one domain. */
export interface ScorecardLocation {
  domainId: string;
  subject: SubjectRef;
}

export interface ReadScorecardQuery extends ScorecardLocation {
  /** Whose licence must allow reading scorecards. */
  reader: Actor;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** The subject's active assignment with its scorecard and scores; null when it has none. */
export async function findAssignment(db: Db, { domainId, subject }: ScorecardLocation): Promise<AssignmentRow | null> {
  const where = assignmentWhere(domainId, subject);
  if (!where) throw new AppError('NOT_FOUND', `No such ${subject.kind}.`);
  const row = await db.scorecardAssignment.findFirst({ where, include: assignmentInclude });
  if (!row) await findSubject(db, { domainId }, subject);
  return row;
}

/** An assignment as the API shows it, with the overall score's weekly history of the 18 weeks ending now. */
export async function viewOf(db: Db, row: AssignmentRow): Promise<ScorecardView> {
  const end = now();
  const start = historyStart(end);
  // In one statement: the overall score in force when the window starts, and every change since.
  const rows = await db.$queryRaw<RecordedScore[]>`
    (SELECT "score"::float8 AS "score", "recordedAt" FROM "ScoreHistory"
      WHERE "assignmentId" = ${row.id}::uuid AND "measureId" IS NULL AND "recordedAt" <= ${start}::timestamptz
      ORDER BY "recordedAt" DESC LIMIT 1)
    UNION ALL
    (SELECT "score"::float8, "recordedAt" FROM "ScoreHistory"
      WHERE "assignmentId" = ${row.id}::uuid AND "measureId" IS NULL AND "recordedAt" > ${start}::timestamptz AND "recordedAt" <= ${end}::timestamptz)`;
  return toScorecardView(row, weeklyHistory(rows, end));
}

/**
 * The active scorecard of a company or relationship of the reader's domain, or null when it has none. The
 * same few queries whatever the number of measures; another domain's id answers like one that does not exist.
 * Refused in a domain without the New 360 experience.
 */
export async function readScorecard(db: Db, query: ReadScorecardQuery): Promise<ScorecardView | null> {
  assertCan(query.reader, 'readScorecard');
  await assertNew360(db, query.domainId);
  const row = await findAssignment(db, query);
  return row && viewOf(db, row);
}
