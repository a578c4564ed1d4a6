import { isUuid, type SubjectRef } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';

/** A subject of the domain and the company it belongs to (a company its own). */
export interface FoundSubject extends SubjectRef {
  companyId: string;
}

/**
 * The company or relationship of the actor's domain, or NOT_FOUND: another domain's id, or one that is not a
 * uuid (which the store would reject with an error), answers exactly like one that does not exist.
 */
export async function findSubject(
  db: Pick<PrismaClient, 'company' | 'relationship'>,
  actor: Pick<Actor, 'domainId'>,
  subject: SubjectRef,
): Promise<FoundSubject> {
  const where = { id: subject.id, domainId: actor.domainId };
  const found = !isUuid(subject.id)
    ? null
    : subject.kind === 'company'
      ? await db.company.findFirst({ where, select: { id: true } }).then((row) => row && { companyId: row.id })
      : await db.relationship.findFirst({ where, select: { companyId: true } });
  if (!found) throw new AppError('NOT_FOUND', `No such ${subject.kind}.`);
  return { kind: subject.kind, id: subject.id, companyId: found.companyId };
}
