import { z } from 'zod';
import type { Prisma } from '../store/prisma.ts';

/** The company or relationship whose active scorecard is read or written. */
export interface ScorecardSubject {
  kind: 'company' | 'relationship';
  id: string;
}

const uuid = z.uuid();

/**
 * The subject's active assignment within the reader's domain; null for an id that is not a uuid, which can
 * then only be "not found" (the store would reject it with an error).
 */
export function assignmentWhere(domainId: string, subject: ScorecardSubject): Prisma.ScorecardAssignmentWhereInput | null {
  if (!uuid.safeParse(subject.id).success) return null;
  return {
    domainId,
    scorecard: { isActive: true },
    ...(subject.kind === 'company' ? { companyId: subject.id } : { relationshipId: subject.id }),
  };
}
