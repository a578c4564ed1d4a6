import { isUuid, type SubjectRef } from '@c360/contracts';
import type { Prisma } from '../store/prisma.ts';

/** The contract's subject, by the name this module's callers know it. */
export type ScorecardSubject = SubjectRef;

/**
 * The subject's active assignment within the reader's domain; null for an id that is not a uuid, which can
 * then only be "not found" (the store would reject it with an error).
 */
export function assignmentWhere(domainId: string, subject: SubjectRef): Prisma.ScorecardAssignmentWhereInput | null {
  if (!isUuid(subject.id)) return null;
  return {
    domainId,
    scorecard: { isActive: true },
    ...(subject.kind === 'company' ? { companyId: subject.id } : { relationshipId: subject.id }),
  };
}
