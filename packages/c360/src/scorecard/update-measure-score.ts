import { now } from '../clock/index.ts';
import { updateMeasureSchema, type ScorecardView, type SubjectRef } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { assertNew360 } from '../permissions/assert-new360.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { runIdempotent, type IdempotencyOptions } from '../idempotency/run-idempotent.ts';
import { parseInput } from '../errors/parse-input.ts';
import { findAssignment, viewOf } from './read-scorecard.ts';
import { assignmentWhere } from './scorecard-subject.ts';
import { measuresOf } from './scorecard-view.ts';
import { lockAssignment, setMeasureScore } from './set-measure-score.ts';

export interface UpdateMeasureScoreInput {
  subject: SubjectRef;
  measureId: string;
  /** The new score and/or comment, parsed here with `updateMeasureSchema`. */
  body: unknown;
}

export const AUTOMATED_MEASURE_REASON = 'Automated measures are scored by rules in Gainsight, so nobody can edit them here.';

/**
 * Sets a manual measure's score (Full licence) and/or comment (Full and Viewer+). A new score recomputes
 * the overall score and writes the measure's and the overall history rows and the audit event in the same
 * transaction, so the history never disagrees with the current scores. Answers the updated scorecard.
 * Refused in a domain without the New 360 experience. A retry with the same `Idempotency-Key` answers
 * the first scorecard and writes no second history row.
 */
export async function updateMeasureScore(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateMeasureScoreInput,
  { idempotencyKey }: IdempotencyOptions = {},
): Promise<ScorecardView> {
  assertCan(actor, 'readScorecard');
  await assertNew360(prisma, actor.domainId);
  const update = parseInput(updateMeasureSchema, input.body);
  if (update.score !== undefined) assertCan(actor, 'updateManualMeasure');
  if (update.comment !== undefined) assertCan(actor, 'commentScorecard');
  const query = { domainId: actor.domainId, subject: input.subject };

  const request = { subject: input.subject, measureId: input.measureId, ...update };
  const idempotent = { userId: actor.id, domainId: actor.domainId, key: idempotencyKey, operation: 'score.update', request };
  return runIdempotent(prisma, idempotent, async (tx) => {
    const where = assignmentWhere(actor.domainId, input.subject);
    const target = where && (await tx.scorecardAssignment.findFirst({ where, select: { id: true } }));
    if (!target) {
      await findAssignment(tx, query);
      throw new AppError('NOT_FOUND', `This ${input.subject.kind} has no active scorecard.`);
    }
    const row = await lockAssignment(tx, target.id);
    const current = measuresOf(row).find(({ measure }) => measure.id === input.measureId);
    if (!current) throw new AppError('NOT_FOUND', 'No such measure on this scorecard.');
    if (current.measure.kind === 'AUTOMATED') throw new AppError('FORBIDDEN', AUTOMATED_MEASURE_REASON, { details: { measureId: input.measureId } });

    const comment = update.comment === undefined ? undefined : update.comment === '' ? null : update.comment;
    const { previousScore, overall } = await setMeasureScore(tx, {
      row,
      measureId: current.measure.id,
      score: update.score,
      comment,
      userId: actor.id,
      at: now(),
    });
    await recordAuditEvent(tx, {
      type: 'score.updated',
      domainId: actor.domainId,
      userId: actor.id,
      companyId: row.companyId,
      relationshipId: row.relationshipId,
      data: {
        measureId: current.measure.id,
        ...(update.score === undefined ? {} : { score: update.score, previousScore, overallScore: overall }),
        commented: comment !== undefined,
      },
    });
    return viewOf(tx, (await findAssignment(tx, query))!);
  });
}
