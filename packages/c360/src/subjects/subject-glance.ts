import type { Health, ScoreRange } from '@c360/contracts';
import { bandOf } from '../scorecard/score-band.ts';
import { numberOf } from '../scorecard/scorecard-view.ts';
import type { Prisma } from '../store/prisma.ts';

/**
 * What a company and a relationship both show at a glance, selected with the row itself: the active
 * scorecard's overall score with its bands, the count of open CTAs and the latest logged activity up to
 * `now`. A fixed number of statements whatever the subject holds (no query per CTA or activity).
 */
export const glanceSelect = (now: Date) =>
  ({
    id: true,
    name: true,
    csm: { select: { id: true, displayName: true, email: true } },
    scorecardAssignment: {
      select: {
        overallScore: true,
        scorecard: { select: { isActive: true, scheme: true, ranges: { select: { label: true, color: true, minScore: true, maxScore: true } } } },
      },
    },
    activities: { where: { status: 'LOGGED', activityDate: { lte: now } }, orderBy: { activityDate: 'desc' }, take: 1, select: { activityDate: true } },
    _count: { select: { ctas: { where: { status: 'OPEN' } } } },
  }) as const satisfies Prisma.CompanySelect & Prisma.RelationshipSelect;

type GlanceRow = Prisma.CompanyGetPayload<{ select: ReturnType<typeof glanceSelect> }>;

/**
 * The overall score and band as the Scorecard tab shows them (the stored overall score, banded by `bandOf`);
 * null without an active scorecard, or in a domain without the New 360 experience, which has no scorecards.
 */
function healthOf(assignment: GlanceRow['scorecardAssignment'], new360: boolean): Health | null {
  if (!new360 || !assignment?.scorecard.isActive) return null;
  const score = numberOf(assignment.overallScore);
  const ranges: ScoreRange[] = assignment.scorecard.ranges.map(({ label, color, minScore, maxScore }) => ({ label, color, min: minScore, max: maxScore }));
  const band = bandOf(score, ranges);
  return { score, label: band?.label ?? null, color: band?.color ?? null, scheme: assignment.scorecard.scheme };
}

/** The glance of a row selected with `glanceSelect`. */
export function glanceOf({ id, name, csm, scorecardAssignment, activities, _count }: GlanceRow, new360: boolean) {
  return {
    id,
    name,
    csm,
    health: healthOf(scorecardAssignment, new360),
    openCtas: _count.ctas,
    lastContactAt: activities[0]?.activityDate.toISOString() ?? null,
  };
}
