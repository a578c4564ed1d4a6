import { createHash } from 'node:crypto';
import type { ActivitySource, ActivityType } from '../generated/prisma/client.ts';
import { ACTIVITY_TEMPLATES, KICKOFF, fillTemplate, type ActivityTemplate } from './activity-catalog.ts';
import { ACTIVITY_COMMENTS, WORKDAY_START_UTC_HOUR } from './catalog.ts';
import { REFERENCE_NOW, addMinutes, workdayMoment } from './clock.ts';
import { DEMO_MEETING } from './demo-meeting.ts';
import type { DomainContext, SeededCompany } from './model.ts';
import { rngFor, seedId, type Rng } from './random.ts';
import type { SeedRows } from './seed-rows.ts';
import type { SeededUser } from './users.ts';

/** How far back the oldest timeline entry goes: a little over six months. */
export const TIMELINE_DAYS = 200;

const TYPE_WEIGHTS: ReadonlyArray<readonly [ActivityType, number]> = [
  ['MEETING', 30],
  ['CALL', 20],
  ['EMAIL', 25],
  ['UPDATE', 17],
  ['MILESTONE', 8],
];
const DURATIONS: Partial<Record<ActivityType, readonly number[]>> = { MEETING: [30, 45, 60, 60, 90], CALL: [10, 15, 20, 30, 45] };

function weightedType(rng: Rng): ActivityType {
  let roll = rng.int(1, 100);
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return type;
  }
  return 'UPDATE';
}

/** A Zoom meeting UUID's shape (base64 of 16 bytes). */
function zoomMeetingUuid(activityId: string): string {
  return createHash('sha1').update(activityId).digest().subarray(0, 16).toString('base64');
}

function sourceFor(type: ActivityType, rng: Rng): ActivitySource {
  if (type === 'EMAIL' && rng.chance(0.5)) return 'EMAIL_SYNC';
  if (type === 'MEETING' && rng.chance(0.15)) return 'ZOOM_SIDEBAR';
  return 'GAINSIGHT_WEB';
}

interface PlannedActivity {
  type: ActivityType;
  daysAgo: number;
  draft: boolean;
  template: ActivityTemplate;
}

/** Every type at least once, the oldest a success-plan kick-off ~six months back, a few recent drafts. */
function planActivities(company: SeededCompany, rng: Rng): PlannedActivity[] {
  const templates = ACTIVITY_TEMPLATES[company.language];
  const isDemoCompany = company.name === DEMO_MEETING.companyName;
  const count = isDemoCompany ? 24 : rng.int(10, 25);
  const plan: PlannedActivity[] = [{ type: 'MEETING', daysAgo: rng.int(182, TIMELINE_DAYS - 2), draft: false, template: KICKOFF[company.language] }];
  const types: ActivityType[] = ['CALL', 'EMAIL', 'UPDATE', 'MILESTONE'];
  while (types.length < count - 1) types.push(weightedType(rng));
  for (const type of types) {
    const draft = plan.length > 4 && rng.chance(isDemoCompany ? 0.12 : 0.06);
    // Drafts are recent notes or preparation for a meeting in the next few days; logged entries are at least
    // two days old, so nothing is logged after REFERENCE_NOW.
    plan.push({ type, daysAgo: draft ? rng.int(-4, 3) : rng.int(2, 179), draft, template: rng.pick(templates[type]) });
  }
  return plan;
}

function authorFor(company: SeededCompany, loggers: readonly SeededUser[], rng: Rng): SeededUser {
  const csm = loggers.find((user) => user.id === company.csmId);
  return csm && rng.chance(0.65) ? csm : rng.pick(loggers);
}

/** 10–25 activities per company over the last ~200 days, with attendees and a few comments. */
export function buildTimeline(ctx: DomainContext, rows: SeedRows): void {
  const { domain } = ctx;
  const loggers = ctx.users.filter((user) => user.canLog);
  for (const company of ctx.companies) {
    const rng = rngFor(domain.key, 'timeline', company.name);
    const primary = company.persons[0]!;
    planActivities(company, rng).forEach((planned, index) => {
      const id = seedId('activity', domain.key, company.name, index);
      const { type } = planned;
      const author = authorFor(company, loggers, rng);
      const relationship = company.relationships.length > 0 && rng.chance(0.3) ? rng.pick(company.relationships) : undefined;
      const activityDate = workdayMoment(planned.daysAgo, WORKDAY_START_UTC_HOUR[company.region] * 60 + rng.int(0, 8 * 60));
      const durationMinutes = DURATIONS[type] ? rng.pick(DURATIONS[type]) : null;
      const source = planned.draft ? 'ZOOM_SIDEBAR' : sourceFor(type, rng);
      const { subject, notes } = fillTemplate(planned.template, {
        contact: primary.fullName,
        company: company.name,
        percent: String(rng.int(8, 85)),
      });
      const loggedAt = planned.draft ? null : addMinutes(activityDate, (durationMinutes ?? 0) + rng.int(5, 120));
      const createdAt = planned.draft ? new Date(Math.min(activityDate.getTime(), addMinutes(REFERENCE_NOW, -rng.int(30, 2_880)).getTime())) : activityDate;
      rows.activity.push({
        id,
        domainId: domain.id,
        type,
        status: planned.draft ? 'DRAFT' : 'LOGGED',
        subject,
        notes,
        activityDate,
        durationMinutes,
        authorId: author.id,
        companyId: company.id,
        relationshipId: relationship?.id ?? null,
        meetingUuid: source === 'ZOOM_SIDEBAR' && type === 'MEETING' ? zoomMeetingUuid(id) : null,
        source,
        version: 1,
        idempotencyKey: null,
        loggedAt,
        createdAt,
        updatedAt: loggedAt ?? createdAt,
      });
      if (!planned.draft) company.loggedActivityIds.push(id);

      const internal = new Set<string>();
      if (type === 'MEETING' || type === 'CALL' || type === 'EMAIL') internal.add(author.id);
      if (type === 'MEETING' || type === 'CALL') {
        for (const user of rng.sample(ctx.users, rng.int(0, 2))) internal.add(user.id);
      }
      for (const userId of internal) rows.activityInternalAttendee.push({ domainId: domain.id, activityId: id, userId });

      const externalCount = { MEETING: rng.int(1, 3), CALL: 1, EMAIL: rng.int(1, 2), UPDATE: 0, MILESTONE: 0 }[type];
      // A relationship's activity involves its people; a company's, its primary contact first.
      const others = company.persons.slice(1).map((person) => person.id);
      const external =
        relationship && relationship.personIds.length > 0
          ? rng.sample(relationship.personIds, externalCount)
          : [primary.id, ...rng.sample(others, externalCount - 1)].slice(0, externalCount);
      for (const personId of external) rows.activityExternalAttendee.push({ domainId: domain.id, activityId: id, personId });

      if (loggedAt && rng.chance(0.15)) {
        const commenters = loggers.filter((user) => user.id !== author.id);
        for (let n = 0; n < rng.int(1, 2) && commenters.length > 0; n += 1) {
          const commentAt = addMinutes(loggedAt, rng.int(30, 2_880) * (n + 1));
          rows.activityComment.push({
            id: seedId('activity-comment', id, n),
            domainId: domain.id,
            activityId: id,
            authorId: rng.pick(commenters).id,
            body: rng.pick(ACTIVITY_COMMENTS[company.language]),
            createdAt: commentAt < REFERENCE_NOW ? commentAt : addMinutes(REFERENCE_NOW, -n - 1),
          });
        }
      }
    });
  }
}
