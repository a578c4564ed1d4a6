import type { ScorecardGroup, ScorecardMeasure, ScorecardView, ScoreRange } from '@c360/contracts';
import type { Prisma } from '../store/prisma.ts';
import { contributions } from './overall-score.ts';
import { bandOf, trendOf } from './score-band.ts';
import type { RecordedScore } from './weekly-history.ts';

/** Everything a scorecard view needs of an assignment, loaded in a fixed number of queries. */
export const assignmentInclude = {
  scorecard: {
    include: {
      ranges: { orderBy: { minScore: 'asc' } },
      groups: { orderBy: { sortOrder: 'asc' } },
      measures: { orderBy: { sortOrder: 'asc' } },
    },
  },
  scores: { include: { updatedBy: { select: { id: true, displayName: true } } } },
} satisfies Prisma.ScorecardAssignmentInclude;

export type AssignmentRow = Prisma.ScorecardAssignmentGetPayload<{ include: typeof assignmentInclude }>;

export const numberOf = (value: Prisma.Decimal | null): number | null => (value === null ? null : value.toNumber());

const banded = (score: number | null, ranges: readonly ScoreRange[]) => {
  const band = bandOf(score, ranges);
  return { score, label: band?.label ?? null, color: band?.color ?? null };
};

/** The measures of an assignment with their current scores, in the scorecard's order. */
export function measuresOf(
  row: AssignmentRow,
): Array<{ measure: AssignmentRow['scorecard']['measures'][number]; score: AssignmentRow['scores'][number] | undefined }> {
  const scores = new Map(row.scores.map((score) => [score.measureId, score]));
  return row.scorecard.measures.map((measure) => ({ measure, score: scores.get(measure.id) }));
}

/** The API's view of an assignment and its weekly overall history. */
export function toScorecardView(row: AssignmentRow, history: readonly RecordedScore[]): ScorecardView {
  const ranges: ScoreRange[] = row.scorecard.ranges.map(({ label, color, minScore, maxScore }) => ({ label, color, min: minScore, max: maxScore }));
  const measures = measuresOf(row);
  const shares = contributions(measures.map(({ measure, score }) => ({ weight: measure.weight, score: numberOf(score?.score ?? null) })));

  const views = measures.map(({ measure, score }, index): ScorecardMeasure & { groupId: string | null } => {
    const current = numberOf(score?.score ?? null);
    return {
      groupId: measure.groupId,
      id: measure.id,
      name: measure.name,
      description: measure.description,
      type: measure.kind === 'MANUAL' ? 'manual' : 'automated',
      ...banded(current, ranges),
      trend: trendOf(current, numberOf(score?.previousScore ?? null)),
      weight: measure.weight,
      contribution: shares[index] ?? null,
      comment: score?.comment ?? null,
      updatedAt: score ? score.updatedAt.toISOString() : null,
      ...(score?.updatedBy ? { updatedBy: { id: score.updatedBy.id, name: score.updatedBy.displayName } } : {}),
    };
  });
  const inGroup = (groupId: string | null) => views.filter((view) => view.groupId === groupId).map(({ groupId: _groupId, ...view }) => view);
  const groups: ScorecardGroup[] = row.scorecard.groups.map((group) => ({ id: group.id, name: group.name, weight: group.weight, measures: inGroup(group.id) }));
  const ungrouped = inGroup(null);
  if (ungrouped.length > 0) groups.push({ id: null, name: null, measures: ungrouped });

  const overall = numberOf(row.overallScore);
  const previous = numberOf(row.previousOverallScore);
  return {
    id: row.scorecard.id,
    name: row.scorecard.name,
    scheme: { kind: row.scorecard.scheme, ranges },
    overall: { ...banded(overall, ranges), previousScore: previous, trend: trendOf(overall, previous), scoredAt: row.scoredAt?.toISOString() ?? null },
    history: history.map((point) => ({ ...banded(point.score, ranges), score: point.score, recordedAt: point.recordedAt.toISOString() })),
    groups,
  };
}
