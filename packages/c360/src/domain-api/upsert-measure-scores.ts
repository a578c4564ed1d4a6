import { apiMeasureScoreRecordSchema, type ApiMeasureScoreRecord, type ApiRecordError } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { numberOf } from '../scorecard/scorecard-view.ts';
import { lockAssignment, setMeasureScore } from '../scorecard/set-measure-score.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { checkBy, findCompanyOf, findRelationshipOf, findUserByEmail, type Found } from './record-references.ts';
import type { RecordOutcome, RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The company or one of its relationships: whose scorecard the record scores. */
type Subject = { companyId: string } | { relationshipId: string; typeId: string };

/** The subject as its assignment names it (one assignment per company or relationship). */
const assignedTo = (subject: Subject) => ('typeId' in subject ? { relationshipId: subject.relationshipId } : { companyId: subject.companyId });

const scorecardError = (message: string): ApiRecordError => ({ field: 'Scorecard', message });

async function subjectOf(db: Db, domainId: string, record: ApiMeasureScoreRecord): Promise<Found<Subject>> {
  const company = await findCompanyOf(db, domainId, record);
  if ('error' in company) return company;
  if (record.RelationshipName === undefined) return { found: { companyId: company.found.id } };
  const relationship = await findRelationshipOf(db, company.found.id, record.RelationshipName, 'RelationshipName');
  return 'error' in relationship ? relationship : { found: { relationshipId: relationship.found.id, typeId: relationship.found.typeId } };
}

interface ScoredMeasure {
  scorecardId: string;
  assignmentId: string | null;
  measureId: string;
}

/**
 * The scorecard and measure a record names, and the subject's assignment to it (null when the subject has no
 * scorecard yet: the first score assigns the named one, if it is an active scorecard for such a subject).
 */
async function scorecardOf(db: Db, domainId: string, subject: Subject, record: ApiMeasureScoreRecord): Promise<Found<ScoredMeasure>> {
  const scorecard = await db.scorecard.findUnique({ where: { domainId_name: { domainId, name: record.Scorecard } } });
  if (!scorecard) return { error: scorecardError('Your domain has no scorecard of this name.') };
  const assignment = await db.scorecardAssignment.findFirst({ where: { domainId, ...assignedTo(subject) } });
  const kind = 'typeId' in subject ? 'relationship' : 'company';
  if (assignment && assignment.scorecardId !== scorecard.id) return { error: scorecardError(`This ${kind} has another scorecard.`) };
  if (!assignment) {
    const fits =
      'typeId' in subject
        ? scorecard.target === 'RELATIONSHIP' && [null, subject.typeId].includes(scorecard.relationshipTypeId)
        : scorecard.target === 'COMPANY';
    if (!scorecard.isActive || !fits) return { error: scorecardError(`This scorecard is not an active one for this ${kind}.`) };
  }
  const measure = await db.measure.findUnique({ where: { scorecardId_name: { scorecardId: scorecard.id, name: record.Measure } }, select: { id: true } });
  if (!measure) return { error: { field: 'Measure', message: 'The scorecard has no measure of this name.' } };
  return { found: { scorecardId: scorecard.id, assignmentId: assignment?.id ?? null, measureId: measure.id } };
}

interface Resolved extends ScoredMeasure {
  subject: Subject;
  userId: string | null;
}

/**
 * Every lookup of a record, read-only (the dry run's check too). Automated measures are imported as well: the
 * sidebar never edits them because another system scores them, which is what an import brings.
 */
async function resolve(db: Db, domainId: string, record: ApiMeasureScoreRecord): Promise<{ errors: ApiRecordError[] } | Resolved> {
  const subject = await subjectOf(db, domainId, record);
  const scorecard = 'found' in subject ? await scorecardOf(db, domainId, subject.found, record) : undefined;
  const user = record.UpdatedByEmail === undefined ? undefined : await findUserByEmail(db, domainId, record.UpdatedByEmail, 'UpdatedByEmail');
  if ('error' in subject || !scorecard || 'error' in scorecard || (user && 'error' in user)) {
    return { errors: [subject, scorecard, user].flatMap((found) => (found && 'error' in found ? [found.error] : [])) };
  }
  return { subject: subject.found, ...scorecard.found, userId: user?.found.id ?? null };
}

/**
 * One record in its own transaction: the score and comment set as the sidebar sets them (`setMeasureScore`:
 * the overall score and the score history follow). A score and comment as stored change nothing.
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiMeasureScoreRecord): Promise<RecordOutcome> {
  return prisma.$transaction(async (tx): Promise<RecordOutcome> => {
    const resolved = await resolve(tx, domainId, record);
    if ('errors' in resolved) return { status: 'error', errors: resolved.errors };
    const { subject, scorecardId, measureId, userId } = resolved;
    const assignmentId =
      resolved.assignmentId ??
      (
        await tx.scorecardAssignment.create({
          data: { domainId, scorecardId, ...assignedTo(subject) },
          select: { id: true },
        })
      ).id;
    const row = await lockAssignment(tx, assignmentId);
    const stored = row.scores.find((score) => score.measureId === measureId);
    const score = record.Score !== undefined && record.Score !== numberOf(stored?.score ?? null) ? record.Score : undefined;
    const comment = record.Comment !== undefined && record.Comment !== (stored?.comment ?? '') ? record.Comment || null : undefined;
    if (stored && score === undefined && comment === undefined) return { status: 'unchanged', id: stored.id };
    const at = record.UpdatedAt === undefined ? now() : new Date(record.UpdatedAt);
    await setMeasureScore(tx, { row, measureId, score, comment, userId, at, previousScore: score === undefined ? undefined : record.PreviousScore });
    const written = await tx.measureScore.findUniqueOrThrow({ where: { assignmentId_measureId: { assignmentId, measureId } }, select: { id: true } });
    return { status: stored ? 'updated' : 'created', id: written.id };
  });
}

/** How a scorecard measure score is written by an import: by its subject, scorecard and measure. */
export const measureScoreUpsert: RecordUpsert<typeof apiMeasureScoreRecordSchema> = {
  endpoint: 'import measureScores',
  schema: apiMeasureScoreRecordSchema,
  upsertMany: oneByOne(upsertOne, { field: 'Measure', message: 'This score was being written by another import at the same time: import the file again.' }),
  check: checkBy(resolve),
};
