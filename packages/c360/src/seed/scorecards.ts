import type { MeasureKind, ScoringScheme } from '../generated/prisma/client.ts';
import { Prisma } from '../store/prisma.ts';
import { MEASURE_COMMENTS } from './catalog.ts';
import { REFERENCE_NOW, addDays } from './clock.ts';
import type { DomainContext } from './model.ts';
import { overallScore } from '../scorecard/overall-score.ts';
import { rngFor, seedId, type Rng } from './random.ts';
import type { SeedRows } from './seed-rows.ts';

/** Weekly points of history per measure and for the overall score, the last one at REFERENCE_NOW. */
export const HISTORY_WEEKS = 18;

type Range = readonly [label: string, color: string, minScore: number, maxScore: number];

// Lower bounds are exclusive except at 0, so integer bands read 0–50, 51–75, 76–100 (notes/c360-domain.md).
const RANGES: Record<ScoringScheme, readonly Range[]> = {
  NUMERIC: [
    ['Poor', '#d93025', 0, 50],
    ['Average', '#f9ab00', 51, 75],
    ['Good', '#1e8e3e', 76, 100],
  ],
  GRADE: [
    ['F', '#d93025', 0, 40],
    ['D', '#f28b25', 41, 55],
    ['C', '#f9ab00', 56, 70],
    ['B', '#7cb342', 71, 85],
    ['A', '#1e8e3e', 86, 100],
  ],
  COLOR: [
    ['Red', '#d93025', 0, 50],
    ['Yellow', '#f9ab00', 51, 75],
    ['Green', '#1e8e3e', 76, 100],
  ],
};

interface MeasureSpec {
  name: string;
  description: string;
  weight: number;
  kind: MeasureKind;
}

const COMPANY_MEASURES: ReadonlyArray<{ group: string; measures: readonly MeasureSpec[] }> = [
  {
    group: 'Product',
    measures: [
      { name: 'Product Adoption', description: 'Weekly active users over licensed seats', weight: 20, kind: 'AUTOMATED' },
      { name: 'Feature Breadth', description: 'Share of key features in regular use', weight: 10, kind: 'AUTOMATED' },
    ],
  },
  {
    group: 'Relationship',
    measures: [
      { name: 'Executive Engagement', description: 'Sponsor involvement in QBRs and decisions', weight: 15, kind: 'MANUAL' },
      { name: 'CSM Sentiment', description: "The CSM's read of the account", weight: 15, kind: 'MANUAL' },
      { name: 'NPS', description: 'Latest NPS survey responses', weight: 10, kind: 'AUTOMATED' },
    ],
  },
  {
    group: 'Support',
    measures: [
      { name: 'Support Tickets', description: 'Ticket volume and age against the baseline', weight: 10, kind: 'AUTOMATED' },
      { name: 'Escalations', description: 'Open escalations and their severity', weight: 10, kind: 'MANUAL' },
    ],
  },
  { group: 'Commercial', measures: [{ name: 'Renewal Likelihood', description: 'Budget, champion and contract signals', weight: 10, kind: 'MANUAL' }] },
];

const RELATIONSHIP_MEASURES: readonly MeasureSpec[] = [
  { name: 'Feature Adoption', description: 'Use of the product line’s key features', weight: 40, kind: 'AUTOMATED' },
  { name: 'User Sentiment', description: 'Feedback from the product line’s users', weight: 30, kind: 'MANUAL' },
  { name: 'Support Experience', description: 'Tickets and response times for the product line', weight: 30, kind: 'AUTOMATED' },
];

interface DefinedMeasure extends MeasureSpec {
  id: string;
}

function defineScorecard(
  ctx: DomainContext,
  rows: SeedRows,
  spec: {
    name: string;
    scheme: ScoringScheme;
    relationshipTypeId: string | null;
    groups: ReadonlyArray<{ group: string | null; measures: readonly MeasureSpec[] }>;
  },
): { id: string; measures: DefinedMeasure[] } {
  const domainId = ctx.domain.id;
  const id = seedId('scorecard', ctx.domain.key, spec.name);
  rows.scorecard.push({
    id,
    domainId,
    name: spec.name,
    scheme: spec.scheme,
    target: spec.relationshipTypeId ? 'RELATIONSHIP' : 'COMPANY',
    relationshipTypeId: spec.relationshipTypeId,
    isActive: true,
    createdAt: addDays(REFERENCE_NOW, -400),
  });
  for (const [label, color, minScore, maxScore] of RANGES[spec.scheme]) {
    rows.scorecardRange.push({ id: seedId('scorecard-range', id, label), domainId, scorecardId: id, label, color, minScore, maxScore });
  }
  const measures: DefinedMeasure[] = [];
  spec.groups.forEach(({ group, measures: groupMeasures }, groupIndex) => {
    const groupId = group ? seedId('measure-group', id, group) : null;
    if (group && groupId) {
      const weight = groupMeasures.reduce((sum, measure) => sum + measure.weight, 0);
      rows.measureGroup.push({ id: groupId, domainId, scorecardId: id, name: group, weight, sortOrder: groupIndex });
    }
    for (const measure of groupMeasures) {
      const measureId = seedId('measure', id, measure.name);
      rows.measure.push({ id: measureId, domainId, scorecardId: id, groupId, ...measure, sortOrder: measures.length });
      measures.push({ ...measure, id: measureId });
    }
  });
  return { id, measures };
}

/** A measure's weekly scores: a walk around the account's health. */
function weeklyScores(health: number, rng: Rng): number[] {
  const target = Math.max(0, Math.min(100, health + rng.int(-15, 15)));
  let score = Math.max(0, Math.min(100, target + rng.int(-12, 12)));
  const weeks: number[] = [];
  for (let week = 0; week < HISTORY_WEEKS; week += 1) {
    score = Math.max(0, Math.min(100, Math.round(score + rng.int(-5, 5) + Math.sign(target - score) * 2)));
    weeks.push(score);
  }
  return weeks;
}

const decimal = (value: number) => new Prisma.Decimal(value.toFixed(2));

function scoreAssignment(
  ctx: DomainContext,
  rows: SeedRows,
  target: { key: string; companyId: string | null; relationshipId: string | null; health: number; csmId: string; language: 'en' | 'ja' },
  scorecard: { id: string; measures: DefinedMeasure[] },
): void {
  const domainId = ctx.domain.id;
  const rng = rngFor(ctx.domain.key, 'scores', target.key);
  const assignmentId = seedId('scorecard-assignment', scorecard.id, target.key);
  const weekDates = Array.from({ length: HISTORY_WEEKS }, (_, week) => addDays(REFERENCE_NOW, -7 * (HISTORY_WEEKS - 1 - week)));
  // A few measures are not scored yet (they do not count); at least one always is.
  const scored = scorecard.measures.map((_, index) => index === 0 || !rng.chance(0.06));
  const series = scorecard.measures.map((measure, index) => (scored[index] ? weeklyScores(target.health, rng) : null));
  const overall = weekDates.map((_, week) =>
    overallScore(scorecard.measures.map((measure, index) => ({ weight: measure.weight, score: series[index]?.[week] ?? null }))),
  );
  const last = HISTORY_WEEKS - 1;
  rows.scorecardAssignment.push({
    id: assignmentId,
    domainId,
    scorecardId: scorecard.id,
    companyId: target.companyId,
    relationshipId: target.relationshipId,
    overallScore: decimal(overall[last]!),
    previousOverallScore: decimal(overall[last - 1]!),
    scoredAt: weekDates[last]!,
  });
  scorecard.measures.forEach((measure, index) => {
    const scores = series[index];
    const manual = measure.kind === 'MANUAL';
    const comment = scores && manual && rng.chance(0.4) ? rng.pick(MEASURE_COMMENTS[target.language]) : null;
    rows.measureScore.push({
      id: seedId('measure-score', assignmentId, measure.id),
      domainId,
      assignmentId,
      measureId: measure.id,
      score: scores ? decimal(scores[last]!) : null,
      previousScore: scores ? decimal(scores[last - 1]!) : null,
      comment,
      updatedById: scores && manual ? target.csmId : null,
      version: 1,
      updatedAt: weekDates[last]!,
    });
    scores?.forEach((score, week) => {
      rows.scoreHistory.push({
        id: seedId('score-history', assignmentId, measure.id, week),
        domainId,
        assignmentId,
        measureId: measure.id,
        score: decimal(score),
        comment: week === last ? comment : null,
        changedById: manual ? target.csmId : null,
        recordedAt: weekDates[week]!,
      });
    });
  });
  overall.forEach((score, week) => {
    rows.scoreHistory.push({
      id: seedId('score-history', assignmentId, 'overall', week),
      domainId,
      assignmentId,
      measureId: null,
      score: decimal(score!),
      comment: null,
      changedById: null,
      recordedAt: weekDates[week]!,
    });
  });
}

/**
 * The domain's company scorecard (in its scheme) on every company, and in acme a relationship scorecard on
 * every "Product Line" relationship: current scores plus 18 weeks of history.
 */
export function buildScorecards(ctx: DomainContext, rows: SeedRows): void {
  const companyCard = defineScorecard(ctx, rows, { name: 'Customer Health', scheme: ctx.domain.scheme, relationshipTypeId: null, groups: COMPANY_MEASURES });
  for (const company of ctx.companies) {
    scoreAssignment(
      ctx,
      rows,
      { key: company.name, companyId: company.id, relationshipId: null, health: company.health, csmId: company.csmId, language: company.language },
      companyCard,
    );
  }
  if (ctx.domain.key !== 'acme') return;
  const productLineTypeId = ctx.relationshipTypeIds['Product Line']!;
  const relationshipCard = defineScorecard(ctx, rows, {
    name: 'Product Line Health',
    scheme: 'NUMERIC',
    relationshipTypeId: productLineTypeId,
    groups: [{ group: null, measures: RELATIONSHIP_MEASURES }],
  });
  for (const company of ctx.companies) {
    for (const relationship of company.relationships.filter((candidate) => candidate.typeId === productLineTypeId)) {
      scoreAssignment(
        ctx,
        rows,
        {
          key: `${company.name}/${relationship.name}`,
          companyId: null,
          relationshipId: relationship.id,
          health: company.health,
          csmId: company.csmId,
          language: company.language,
        },
        relationshipCard,
      );
    }
  }
}
