import { describe, expect } from 'vitest';
import { countingQueries, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { overallScore } from './overall-score.ts';
import { readScorecard } from './read-scorecard.ts';
import type { ScorecardSubject } from './scorecard-subject.ts';
import type { Actor } from '../permissions/actor.ts';
import { updateMeasureScore } from './update-measure-score.ts';

let store: Store;
let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let paul: Actor;
let sam: Actor;

/** A company of the actor's domain with its scorecard's first manual and first automated measure. */
async function companyOf(owner: Actor, skip = 0) {
  const assignment = await prisma.scorecardAssignment.findFirstOrThrow({
    where: { domainId: owner.domainId, companyId: { not: null } },
    orderBy: { companyId: 'asc' },
    skip,
    include: { scorecard: { include: { measures: { orderBy: { sortOrder: 'asc' } } } } },
  });
  const measures = assignment.scorecard.measures;
  return {
    subject: { kind: 'company', id: assignment.companyId! } satisfies ScorecardSubject,
    assignmentId: assignment.id,
    manual: measures.find((measure) => measure.kind === 'MANUAL')!,
    automated: measures.find((measure) => measure.kind === 'AUTOMATED')!,
  };
}

it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  prisma = store.prisma;
  [alex, vera, paul, sam] = await actors('alex@acme.example', 'vera@acme.example', 'paul@acme.example', 'sam@globex.example');
});

describe('reading a scorecard', () => {
  it('shows the overall score in its band, 18 weekly points and every measure in its group', async () => {
    const { subject } = await companyOf(alex);
    const view = (await readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject }))!;
    expect(view.history).toHaveLength(18);
    expect(view.history.at(-1)!.score).toBe(view.overall.score);
    const measures = view.groups.flatMap((group) => group.measures);
    expect(measures.length).toBeGreaterThan(0);
    expect(view.overall.score).toBe(overallScore(measures.map(({ weight, score }) => ({ weight, score }))));
    const band = view.scheme.ranges.find((range) => range.label === view.overall.label)!;
    expect(view.overall.score!).toBeLessThanOrEqual(band.max);
    const scored = measures.filter((measure) => measure.contribution !== null);
    expect(scored.reduce((sum, measure) => sum + measure.contribution!, 0)).toBeCloseTo(100, 0);
  });

  it('reads in the same few store calls whatever the number of measures (no query per measure)', async () => {
    const { subject } = await companyOf(alex);
    const counting = countingQueries(prisma);
    const view = await readScorecard(counting.client, { domainId: alex.domainId, reader: alex, subject });
    expect(view?.groups.flatMap((group) => group.measures).length).toBeGreaterThan(2);
    // The domain's New 360 flag, the assignment with its measures and scores, the history.
    expect(counting.count()).toBe(3);
  });

  it('reads a relationship scorecard, and null for a record without one', async () => {
    const assignment = await prisma.scorecardAssignment.findFirstOrThrow({ where: { domainId: alex.domainId, relationshipId: { not: null } } });
    const view = await readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject: { kind: 'relationship', id: assignment.relationshipId! } });
    expect(view?.groups).toEqual([expect.objectContaining({ id: null, name: null })]);
    const without = await prisma.relationship.findFirstOrThrow({ where: { domainId: alex.domainId, scorecardAssignment: null } });
    expect(await readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject: { kind: 'relationship', id: without.id } })).toBeNull();
  });

  it("answers another domain's company, and a malformed id, as not found", async () => {
    const { subject } = await companyOf(sam);
    expect((await rejection(readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject }))).code).toBe('NOT_FOUND');
    expect((await rejection(readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject: { kind: 'company', id: 'nope' } }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('updating a measure', () => {
  it('lets Full set a manual score, recomputing the overall score and writing both history rows and the audit event at once', async () => {
    const { subject, assignmentId, manual } = await companyOf(alex);
    const before = (await readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject }))!;
    const historyBefore = await prisma.scoreHistory.count({ where: { assignmentId } });
    const view = await updateMeasureScore(prisma, alex, { subject, measureId: manual.id, body: { score: 3, comment: 'Sponsor left the company' } });

    const measure = view.groups.flatMap((group) => group.measures).find((candidate) => candidate.id === manual.id)!;
    expect(measure).toMatchObject({ score: 3, comment: 'Sponsor left the company', updatedBy: { id: alex.id } });
    expect(view.overall.score).toBe(overallScore(view.groups.flatMap((group) => group.measures)));
    expect(view.overall.previousScore).toBe(before.overall.score);
    expect(view.history.at(-1)!.score).toBe(view.overall.score);
    expect(await prisma.scoreHistory.count({ where: { assignmentId } })).toBe(historyBefore + 2);
    const event = await prisma.auditEvent.findFirst({ where: { type: 'score.updated', userId: alex.id, companyId: subject.id } });
    expect(event?.data).toMatchObject({ measureId: manual.id, score: 3 });
  });

  it('writes nothing when any part of the update fails', async () => {
    const { subject, assignmentId, manual } = await companyOf(alex, 1);
    const historyBefore = await prisma.scoreHistory.count({ where: { assignmentId } });
    const scoreBefore = await prisma.measureScore.findFirst({ where: { assignmentId, measureId: manual.id } });
    // The audit event is the transaction's last write: when it fails, the scores and history go too.
    const failingAudit = prisma.$extends({ query: { auditEvent: { create: () => Promise.reject(new Error('audit trail unavailable')) } } });
    await expect(updateMeasureScore(failingAudit as unknown as PrismaClient, alex, { subject, measureId: manual.id, body: { score: 42 } })).rejects.toThrow(
      'audit trail unavailable',
    );
    expect(await prisma.scoreHistory.count({ where: { assignmentId } })).toBe(historyBefore);
    expect(await prisma.measureScore.findFirst({ where: { assignmentId, measureId: manual.id } })).toEqual(scoreBefore);
  });

  it('recomputes from every concurrent update: the last overall history row matches the final scores', async () => {
    const { subject, assignmentId } = await companyOf(alex, 4);
    const manuals = await prisma.measure.findMany({ where: { scorecard: { assignments: { some: { id: assignmentId } } }, kind: 'MANUAL' } });
    await Promise.all(manuals.map((measure, index) => updateMeasureScore(prisma, alex, { subject, measureId: measure.id, body: { score: 10 + index } })));
    const view = (await readScorecard(prisma, { domainId: alex.domainId, reader: alex, subject }))!;
    expect(view.overall.score).toBe(overallScore(view.groups.flatMap((group) => group.measures)));
    const last = await prisma.scoreHistory.findFirstOrThrow({ where: { assignmentId, measureId: null }, orderBy: { recordedAt: 'desc' } });
    expect(last.score.toNumber()).toBe(view.overall.score);
  });

  it('lets Viewer+ comment but not score, naming why', async () => {
    const { subject, manual } = await companyOf(alex, 2);
    const view = await updateMeasureScore(prisma, paul, { subject, measureId: manual.id, body: { comment: 'Renewal call booked' } });
    expect(view.groups.flatMap((group) => group.measures).find((measure) => measure.id === manual.id)?.comment).toBe('Renewal call booked');
    const refused = await rejection(updateMeasureScore(prisma, paul, { subject, measureId: manual.id, body: { score: 80 } }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('needs a Full licence') });
  });

  it('lets a Viewer change nothing', async () => {
    const { subject, manual } = await companyOf(alex, 2);
    expect((await rejection(updateMeasureScore(prisma, vera, { subject, measureId: manual.id, body: { comment: 'x' } }))).code).toBe('FORBIDDEN');
    expect((await rejection(updateMeasureScore(prisma, vera, { subject, measureId: manual.id, body: { score: 1 } }))).code).toBe('FORBIDDEN');
  });

  it('keeps automated measures read-only even for Full, with the reason', async () => {
    const { subject, automated } = await companyOf(alex, 2);
    const refused = await rejection(updateMeasureScore(prisma, alex, { subject, measureId: automated.id, body: { score: 50 } }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Automated measures') });
  });

  it("cannot reach another domain's scorecard, and names a bad score", async () => {
    const globex = await companyOf(sam);
    expect((await rejection(updateMeasureScore(prisma, alex, { subject: globex.subject, measureId: globex.manual.id, body: { score: 50 } }))).code).toBe(
      'NOT_FOUND',
    );
    const { subject, manual } = await companyOf(alex, 3);
    expect((await rejection(updateMeasureScore(prisma, alex, { subject, measureId: globex.manual.id, body: { score: 50 } }))).code).toBe('NOT_FOUND');
    const invalid = await rejection(updateMeasureScore(prisma, alex, { subject, measureId: manual.id, body: { score: 101 } }));
    expect(invalid).toMatchObject({ code: 'VALIDATION', errors: [expect.objectContaining({ path: 'score' })] });
  });

  it('keeps every score a whole number: a fraction is refused, and what is shown is what is stored', async () => {
    const { subject, assignmentId, manual } = await companyOf(alex, 5);
    const fraction = await rejection(updateMeasureScore(prisma, alex, { subject, measureId: manual.id, body: { score: 73.2 } }));
    expect(fraction.errors).toEqual([{ path: 'score', message: 'Enter a whole number from 0 to 100.' }]);

    const view = await updateMeasureScore(prisma, alex, { subject, measureId: manual.id, body: { score: 73 } });
    const shown = [
      view.overall.score,
      view.overall.previousScore,
      ...view.history.map((point) => point.score),
      ...view.groups.flatMap((group) => group.measures.map((measure) => measure.score)),
    ];
    for (const score of shown) if (score !== null) expect(Number.isInteger(score), String(score)).toBe(true);
    const stored = await prisma.scorecardAssignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(stored.overallScore?.toNumber()).toBe(view.overall.score);
    const band = view.scheme.ranges.find((range) => range.label === view.overall.label)!;
    expect(view.overall.score).toBeLessThanOrEqual(band.max);
  });
});
