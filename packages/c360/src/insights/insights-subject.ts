import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';

/** The company or relationship whose customer insights are read. */
export interface InsightsSubject {
  kind: 'company' | 'relationship';
  id: string;
}

const uuid = z.uuid();

/**
 * The subject's company within the domain. Another domain's id, or one that is not a uuid, answers exactly
 * like an id that does not exist.
 */
export async function companyIdOf(prisma: PrismaClient, domainId: string, subject: InsightsSubject): Promise<string> {
  const where = { id: subject.id, domainId };
  const found = !uuid.safeParse(subject.id).success
    ? null
    : subject.kind === 'company'
      ? await prisma.company.findFirst({ where, select: { id: true } }).then((row) => row && { companyId: row.id })
      : await prisma.relationship.findFirst({ where, select: { companyId: true } });
  if (!found) throw new AppError('NOT_FOUND', `No such ${subject.kind}.`);
  return found.companyId;
}
