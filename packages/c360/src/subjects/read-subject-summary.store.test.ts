import type { SubjectRef } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, useFixedClock, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import { readScorecard } from '../scorecard/read-scorecard.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { readSubjectSummary } from './read-subject-summary.ts';

// After every seeded activity, so "last contact" is the latest logged one unless a test moves the clock back.
const clock = useFixedClock('2031-03-04T10:00:00.000Z');

let prisma: PrismaClient;
let vera: Actor;
let ian: Actor;
let sam: Actor;
let company: SubjectRef;
let relationship: SubjectRef;

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [vera, ian, sam] = await actors('vera@acme.example', 'ian@acme.example', 'sam@globex.example');
  // A company and a relationship of acme with a scorecard, open CTAs and logged activities.
  const withCtas = { domainId: vera.domainId, scorecardAssignment: { isNot: null }, ctas: { some: { status: 'OPEN' as const } } };
  const companyRow = await prisma.company.findFirstOrThrow({ where: { ...withCtas, activities: { some: { status: 'LOGGED' } } }, orderBy: { name: 'asc' } });
  const relationshipRow = await prisma.relationship.findFirstOrThrow({
    where: { ...withCtas, activities: { some: { status: 'LOGGED' } } },
    orderBy: { name: 'asc' },
  });
  company = { kind: 'company', id: companyRow.id };
  relationship = { kind: 'relationship', id: relationshipRow.id };
});

const where = (subject: SubjectRef) => (subject.kind === 'company' ? { companyId: subject.id } : { relationshipId: subject.id });

const latestLogged = (subject: SubjectRef, before?: Date) =>
  prisma.activity.findFirstOrThrow({
    where: { ...where(subject), status: 'LOGGED', ...(before ? { activityDate: { lt: before } } : {}) },
    orderBy: { activityDate: 'desc' },
  });

describe('reading a subject at a glance', () => {
  for (const kind of ['company', 'relationship'] as const) {
    const subjectOf = () => (kind === 'company' ? company : relationship);

    it(`gives a ${kind} the health its Scorecard tab shows, its open CTAs and its last logged activity`, async () => {
      const subject = subjectOf();
      const summary = await readSubjectSummary(prisma, vera, subject);
      const scorecard = (await readScorecard(prisma, { domainId: vera.domainId, reader: vera, subject }))!;
      expect(summary).toMatchObject({ kind, id: subject.id });
      expect(summary.health).toEqual({
        score: scorecard.overall.score,
        label: scorecard.overall.label,
        color: scorecard.overall.color,
        scheme: scorecard.scheme.kind,
      });
      expect(summary.openCtas).toBe(await prisma.cta.count({ where: { ...where(subject), status: 'OPEN' } }));
      expect(summary.lastContactAt).toBe((await latestLogged(subject)).activityDate.toISOString());
    });

    it(`does not count a ${kind}'s activity dated after now as its last contact`, async () => {
      const subject = subjectOf();
      const latest = await latestLogged(subject);
      clock.set(new Date(latest.activityDate.getTime() - 1));
      const summary = await readSubjectSummary(prisma, vera, subject);
      const previous = await prisma.activity.findFirst({
        where: { ...where(subject), status: 'LOGGED', activityDate: { lt: latest.activityDate } },
        orderBy: { activityDate: 'desc' },
      });
      expect(summary.lastContactAt).toBe(previous?.activityDate.toISOString() ?? null);
    });
  }

  it('gives a company its ARR in the domain’s currency and the days from the clock’s today to its renewal', async () => {
    await prisma.company.update({ where: { id: company.id }, data: { renewalDate: new Date('2031-04-03T00:00:00Z') } });
    const summary = await readSubjectSummary(prisma, vera, company);
    const row = await prisma.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(summary).toMatchObject({ kind: 'company', name: row.name, currency: 'USD', renewalDate: '2031-04-03', daysToRenewal: 30, stage: row.stage });
    expect(summary.kind === 'company' && summary.arr).toBe(row.arr === null ? null : row.arr.toNumber());
  });

  it('gives a company without a renewal date no days to it', async () => {
    await prisma.company.update({ where: { id: company.id }, data: { renewalDate: null } });
    expect(await readSubjectSummary(prisma, vera, company)).toMatchObject({ renewalDate: null, daysToRenewal: null });
  });

  it('gives a relationship its type and its company', async () => {
    const row = await prisma.relationship.findUniqueOrThrow({ where: { id: relationship.id }, include: { type: true, company: true } });
    expect(await readSubjectSummary(prisma, vera, relationship)).toMatchObject({
      kind: 'relationship',
      name: row.name,
      type: row.type.name,
      company: { id: row.company.id, name: row.company.name },
    });
  });

  it('shows no health where the scorecard is inactive or the domain has no New 360 experience', async () => {
    const assignment = await prisma.scorecardAssignment.findUniqueOrThrow({ where: { companyId: company.id } });
    await prisma.scorecard.update({ where: { id: assignment.scorecardId }, data: { isActive: false } });
    try {
      expect((await readSubjectSummary(prisma, vera, company)).health).toBeNull();
    } finally {
      await prisma.scorecard.update({ where: { id: assignment.scorecardId }, data: { isActive: true } });
    }
    await prisma.domain.update({ where: { id: vera.domainId }, data: { new360: false } });
    try {
      expect((await readSubjectSummary(prisma, vera, relationship)).health).toBeNull();
    } finally {
      await prisma.domain.update({ where: { id: vera.domainId }, data: { new360: true } });
    }
  });

  it('answers another domain’s company or relationship as not found', async () => {
    expect(await rejection(readSubjectSummary(prisma, sam, company))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(readSubjectSummary(prisma, sam, relationship))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a user whose licence cannot view Customer 360', async () => {
    const error = await rejection(readSubjectSummary(prisma, ian, relationship));
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { action: 'viewC360' } });
  });
});
