import { Prisma } from '../store/prisma.ts';
import { overallScore } from './overall-score.ts';
import { assignmentInclude, measuresOf, numberOf, type AssignmentRow } from './scorecard-view.ts';

const decimal = (value: number) => new Prisma.Decimal(value.toFixed(2));

/**
 * The assignment with its scores, locked for the transaction: concurrent updates of one record queue here, so
 * each recomputes from the scores the other wrote.
 */
export async function lockAssignment(tx: Prisma.TransactionClient, assignmentId: string): Promise<AssignmentRow> {
  await tx.$queryRaw`SELECT id FROM "ScorecardAssignment" WHERE id = ${assignmentId}::uuid FOR UPDATE`;
  return tx.scorecardAssignment.findUniqueOrThrow({ where: { id: assignmentId }, include: assignmentInclude });
}

export interface MeasureScoreChange {
  /** The locked assignment (`lockAssignment`). */
  row: AssignmentRow;
  measureId: string;
  /** The new score; undefined keeps it. */
  score?: number | undefined;
  /** The new comment, null removes it; undefined keeps it. */
  comment?: string | null | undefined;
  /** Who scored it (null: nobody the domain knows). */
  userId: string | null;
  at: Date;
  /** With a new score, the one before it as an imported history gives it; else the stored score becomes it. */
  previousScore?: number | null | undefined;
}

/**
 * The one way a measure's score or comment changes, whoever changes it (the sidebar, an import): the measure's
 * row, and with a new score the overall score and the measure's and the overall history rows, in the caller's
 * transaction, so the history never disagrees with the current scores. Answers the scores before and after.
 */
export async function setMeasureScore(
  tx: Prisma.TransactionClient,
  { row, measureId, score, comment, userId, at, previousScore: imported }: MeasureScoreChange,
): Promise<{ previousScore: number | null; overall: number | null }> {
  const measures = measuresOf(row);
  const previousScore = imported !== undefined ? imported : numberOf(measures.find(({ measure }) => measure.id === measureId)?.score?.score ?? null);
  const data = {
    updatedById: userId,
    updatedAt: at,
    ...(score === undefined ? {} : { score: decimal(score), previousScore: previousScore === null ? null : decimal(previousScore) }),
    ...(comment === undefined ? {} : { comment }),
  };
  await tx.measureScore.upsert({
    where: { assignmentId_measureId: { assignmentId: row.id, measureId } },
    create: { domainId: row.domainId, assignmentId: row.id, measureId, ...data },
    update: { ...data, version: { increment: 1 } },
  });
  let overall = numberOf(row.overallScore);
  if (score === undefined) return { previousScore, overall };
  overall = overallScore(
    measures.map(({ measure, score: stored }) => ({ weight: measure.weight, score: measure.id === measureId ? score : numberOf(stored?.score ?? null) })),
  );
  const history = { domainId: row.domainId, assignmentId: row.id, changedById: userId, recordedAt: at };
  await tx.scoreHistory.create({ data: { ...history, measureId, score: decimal(score), comment: comment ?? null } });
  await tx.scorecardAssignment.update({
    where: { id: row.id },
    data: { overallScore: overall === null ? null : decimal(overall), previousOverallScore: row.overallScore, scoredAt: at },
  });
  if (overall !== null) await tx.scoreHistory.create({ data: { ...history, measureId: null, score: decimal(overall) } });
  return { previousScore, overall };
}
