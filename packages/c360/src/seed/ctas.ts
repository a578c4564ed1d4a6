import type { CtaPriority, CtaType } from '../generated/prisma/client.ts';
import { CTA_REASONS, FOLLOW_UP_PREFIX } from '@c360/contracts';
import { CTA_SUBJECTS } from './catalog.ts';
import { REFERENCE_NOW, addDays, addMinutes, dateOnly } from './clock.ts';
import { DEMO_MEETING } from './demo-meeting.ts';
import type { DomainContext, SeededCompany } from './model.ts';
import { rngFor, seedId, type Rng } from './random.ts';
import type { SeedRows } from './seed-rows.ts';

function ctaType(company: SeededCompany, rng: Rng): CtaType {
  // Unhealthy accounts carry risks; healthy ones expansions.
  if (company.health < 50 && rng.chance(0.6)) return 'RISK';
  return rng.pick<CtaType>(['ACTIVITY', 'ACTIVITY', 'LIFECYCLE', 'OBJECTIVE', company.health >= 70 ? 'EXPANSION' : 'RISK']);
}

function priorityFor(type: CtaType, rng: Rng): CtaPriority {
  if (type === 'RISK') return rng.chance(0.7) ? 'HIGH' : 'MEDIUM';
  return rng.pick<CtaPriority>(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH']);
}

/** The sandbox meeting's follow-ups of its company's last meeting: one overdue, one due next week. */
const DEMO_FOLLOW_UPS = [
  { task: 'Send the security questionnaire answers', dueInDays: -4, priority: 'HIGH' },
  { task: 'Share the usage report with the operations team', dueInDays: 7, priority: 'MEDIUM' },
] as const satisfies ReadonlyArray<{ task: string; dueInDays: number; priority: CtaPriority }>;

/**
 * Open follow-ups of the demo company's last logged Zoom meeting, so the sandbox meeting's bar has open
 * commitments of an earlier meeting to show (issue 18).
 */
function buildDemoMeetingFollowUps(ctx: DomainContext, rows: SeedRows): void {
  const company = ctx.companies.find((candidate) => candidate.name === DEMO_MEETING.companyName);
  const meeting = rows.activity
    .filter((activity) => activity.companyId === company?.id && activity.status === 'LOGGED' && activity.meetingUuid)
    .sort((a, b) => new Date(b.activityDate).getTime() - new Date(a.activityDate).getTime())[0];
  if (!company || !meeting) return;
  DEMO_FOLLOW_UPS.forEach(({ task, dueInDays, priority }, index) => {
    rows.cta.push({
      id: seedId('cta', ctx.domain.key, company.name, 'meeting follow-up', index),
      domainId: ctx.domain.id,
      companyId: company.id,
      relationshipId: meeting.relationshipId ?? null,
      activityId: meeting.id,
      type: 'ACTIVITY',
      subject: `${FOLLOW_UP_PREFIX}${task}`,
      reason: null,
      priority,
      status: 'OPEN',
      ownerId: company.csmId,
      dueDate: dateOnly(addDays(REFERENCE_NOW, dueInDays)),
      createdAt: addMinutes(new Date(meeting.activityDate), 90),
    });
  });
}

/** 0–4 CTAs per company (at least two on unhealthy ones), open or closed, some open ones overdue; and the demo meeting's follow-ups. */
export function buildCtas(ctx: DomainContext, rows: SeedRows): void {
  for (const company of ctx.companies) {
    const rng = rngFor(ctx.domain.key, 'ctas', company.name);
    const count = rng.int(company.health < 50 ? 2 : 0, 4);
    for (let index = 0; index < count; index += 1) {
      const type = ctaType(company, rng);
      const open = rng.chance(0.6);
      // Open CTAs are due from three weeks ago (overdue) to a month ahead; closed ones lie in the past.
      const dueDate = dateOnly(addDays(REFERENCE_NOW, open ? rng.int(-21, 30) : -rng.int(10, 150)));
      const plannedAt = addMinutes(addDays(dueDate, -rng.int(7, 30)), rng.int(13 * 60, 17 * 60));
      const createdAt = plannedAt < REFERENCE_NOW ? plannedAt : addDays(REFERENCE_NOW, -rng.int(1, 5));
      const closedAt = open ? null : addDays(createdAt, rng.int(2, 6));
      const relationship = company.relationships.length > 0 && rng.chance(0.25) ? rng.pick(company.relationships) : undefined;
      const fromTimeline = type === 'ACTIVITY' && company.loggedActivityIds.length > 0 && rng.chance(0.6);
      rows.cta.push({
        id: seedId('cta', ctx.domain.key, company.name, index),
        domainId: ctx.domain.id,
        companyId: company.id,
        relationshipId: relationship?.id ?? null,
        activityId: fromTimeline ? rng.pick(company.loggedActivityIds) : null,
        type,
        subject: rng.pick(CTA_SUBJECTS[type][company.language]),
        reason: rng.pick(CTA_REASONS[type]),
        priority: priorityFor(type, rng),
        status: open ? 'OPEN' : 'CLOSED',
        ownerId: company.csmId,
        dueDate,
        createdAt,
        closedAt,
      });
    }
  }
  buildDemoMeetingFollowUps(ctx, rows);
}
