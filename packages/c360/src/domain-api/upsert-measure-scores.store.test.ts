import { describe, expect } from 'vitest';
import { dryRunFile, importFile, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';

// Issue 17: importing scorecard measure scores (the export's scorecard-measure-scores.csv) as acme's admin (alex).
let store: Store;
const users = {} as { alex: Actor; olga: Actor };
/** Acme's company scorecard, a company scored on it, a company with no scorecard yet, and two of its measures. */
const acme = {} as { scorecard: string; scored: { id: string }; unscored: { id: string; name: string }; manual: string; automated: string };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, olga] = await actors('alex@acme.example', 'olga.petrova@globex.example');
  Object.assign(users, { alex, olga });
  const domainId = alex.domainId;
  const [scored, unscored] = await store.prisma.company.findMany({
    where: { domainId, scorecardAssignment: { isNot: null } },
    orderBy: { name: 'asc' },
    take: 2,
  });
  await store.prisma.company.update({ where: { id: scored!.id }, data: { externalId: 'crm-sc-1' } });
  await store.prisma.scorecardAssignment.delete({ where: { companyId: unscored!.id } });
  const assignment = await store.prisma.scorecardAssignment.findUniqueOrThrow({
    where: { companyId: scored!.id },
    include: { scorecard: { include: { measures: true } } },
  });
  const measureOf = (kind: string) => assignment.scorecard.measures.find((measure) => measure.kind === kind)!.name;
  Object.assign(acme, { scorecard: assignment.scorecard.name, scored, unscored, manual: measureOf('MANUAL'), automated: measureOf('AUTOMATED') });
});

const HEADER = 'CompanyExternalId,CompanyName,RelationshipName,Scorecard,Measure,Score,PreviousScore,Comment,UpdatedByEmail,UpdatedAt';
const fileOf = (...rows: string[]) => [HEADER, ...rows].join('\n');
const historyOf = (companyId: string) =>
  store.prisma.scoreHistory.findMany({
    where: { assignment: { companyId } },
    orderBy: [{ recordedAt: 'asc' }, { measureId: 'asc' }],
    include: { changedBy: true },
  });

describe('importing measure scores', () => {
  it('sets each score as the sidebar does: the overall score and the score history follow, by the named user', async () => {
    const history = (await historyOf(acme.scored.id)).length;
    const job = await importFile(
      store.prisma,
      users.alex,
      'measureScores',
      fileOf(`crm-sc-1,,,${acme.scorecard},${acme.manual},3,,Quiet quarter,vera@acme.example,`, `crm-sc-1,,,${acme.scorecard},${acme.automated},97,,,,`),
    );
    expect(job).toMatchObject({ state: 'DONE', updated: 2, errorCount: 0 });
    const assignment = await store.prisma.scorecardAssignment.findUniqueOrThrow({
      where: { companyId: acme.scored.id },
      include: { scores: { include: { measure: true } } },
    });
    const manual = assignment.scores.find((score) => score.measure.name === acme.manual)!;
    expect(manual).toMatchObject({ comment: 'Quiet quarter' });
    expect(manual.score!.toNumber()).toBe(3);
    const written = (await historyOf(acme.scored.id)).slice(history);
    // Each score writes the measure's row and the new overall score's.
    expect(written).toHaveLength(4);
    expect(written.find((row) => row.measureId === manual.measureId)).toMatchObject({ comment: 'Quiet quarter', changedBy: { email: 'vera@acme.example' } });
    expect(written.at(-1)!.measureId).toBeNull();
    expect(written.at(-1)!.score.toNumber()).toBe(assignment.overallScore!.toNumber());
  });

  it('keeps the previous score and the time a file gives, as the system it comes from kept them', async () => {
    const file = fileOf(`crm-sc-1,,,${acme.scorecard},${acme.automated},60,55,,,2026-02-01T08:00:00.000Z`);
    expect(await importFile(store.prisma, users.alex, 'measureScores', file)).toMatchObject({ updated: 1, errorCount: 0 });
    const score = await store.prisma.measureScore.findFirstOrThrow({ where: { assignment: { companyId: acme.scored.id }, measure: { name: acme.automated } } });
    expect([score.score!.toNumber(), score.previousScore!.toNumber(), score.updatedAt.toISOString()]).toEqual([60, 55, '2026-02-01T08:00:00.000Z']);
    const recorded = await store.prisma.scoreHistory.findFirstOrThrow({
      where: { measureId: score.measureId, assignment: { companyId: acme.scored.id }, score: 60 },
    });
    expect(recorded.recordedAt.toISOString()).toBe('2026-02-01T08:00:00.000Z');
    // Back to the score the next test expects.
    await importFile(store.prisma, users.alex, 'measureScores', fileOf(`crm-sc-1,,,${acme.scorecard},${acme.automated},97,,,,`));
  });

  it('the same file again changes nothing and writes no history', async () => {
    const history = (await historyOf(acme.scored.id)).length;
    const file = fileOf(`crm-sc-1,,,${acme.scorecard},${acme.manual},3,,Quiet quarter,,`, `crm-sc-1,,,${acme.scorecard},${acme.automated},97,,,,`);
    expect(await importFile(store.prisma, users.alex, 'measureScores', file)).toMatchObject({ created: 0, updated: 0, unchanged: 2, errorCount: 0 });
    expect(await historyOf(acme.scored.id)).toHaveLength(history);
  });

  it('a company with no scorecard yet gets the one the file names at its first score', async () => {
    const job = await importFile(store.prisma, users.alex, 'measureScores', fileOf(`,${acme.unscored.name},,${acme.scorecard},${acme.manual},60,,,,`));
    expect(job).toMatchObject({ created: 1, errorCount: 0 });
    const assignment = await store.prisma.scorecardAssignment.findUniqueOrThrow({ where: { companyId: acme.unscored.id } });
    expect(assignment.overallScore!.toNumber()).toBe(60);
  });

  it('a dry run names each bad cell and writes nothing', async () => {
    const history = await store.prisma.scoreHistory.count();
    const report = await dryRunFile(
      store.prisma,
      users.alex,
      'measureScores',
      fileOf(
        `crm-sc-1,,,No Such Scorecard,${acme.manual},50,,,,`,
        `crm-sc-1,,,${acme.scorecard},No Such Measure,50,,,,`,
        `crm-sc-1,,No Such Branch,${acme.scorecard},${acme.manual},50,,,,`,
        `crm-sc-1,,,${acme.scorecard},${acme.automated},50,,,nobody@acme.example,`,
        `crm-nowhere,,,${acme.scorecard},${acme.manual},50,,,,`,
        `crm-sc-1,,,${acme.scorecard},${acme.automated},101,,,,`,
      ),
    );
    expect(report.errors.map(({ row, column }) => `${row} ${column}`)).toEqual([
      '2 Scorecard',
      '3 Measure',
      '4 RelationshipName',
      '5 UpdatedByEmail',
      '6 CompanyExternalId',
      '7 Score',
    ]);
    expect(report).toMatchObject({ rows: 6, validRows: 0 });
    expect(await store.prisma.scoreHistory.count()).toBe(history);
  });

  it("never finds another domain's company", async () => {
    const job = await importFile(store.prisma, users.olga, 'measureScores', fileOf(`crm-sc-1,,,${acme.scorecard},${acme.manual},10,,,,`));
    expect(job.errors.map(({ row, column }) => `${row} ${column}`)).toEqual(['2 CompanyExternalId']);
  });
});
