import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

export interface ActivitySubjectIds {
  companyId: string | null;
  relationshipId: string | null;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path, message }] });

/**
 * The company and relationship an activity is about, both of the actor's domain. A relationship's
 * activity always carries its company too, as the demo data does, so a company timeline (which rolls up
 * its relationships) is one indexed scan on `companyId`.
 */
export async function resolveActivitySubject(
  prisma: PrismaClient | Prisma.TransactionClient,
  domainId: string,
  subject: ActivitySubjectIds,
): Promise<{ companyId: string; relationshipId: string | null }> {
  if (subject.relationshipId !== null) {
    const relationship = await prisma.relationship.findFirst({ where: { id: subject.relationshipId, domainId }, select: { companyId: true } });
    if (!relationship) throw invalid('relationshipId', 'Choose a relationship of your own domain.');
    if (subject.companyId !== null && subject.companyId !== relationship.companyId) {
      throw invalid('relationshipId', 'The relationship belongs to another company.');
    }
    return { companyId: relationship.companyId, relationshipId: subject.relationshipId };
  }
  if (subject.companyId === null) throw invalid('companyId', 'Choose a company or a relationship.');
  const company = await prisma.company.findFirst({ where: { id: subject.companyId, domainId }, select: { id: true } });
  if (!company) throw invalid('companyId', 'Choose a company of your own domain.');
  return { companyId: company.id, relationshipId: null };
}

/** Attendees must be users and people of the actor's domain; returns each id once. */
export async function checkAttendees(
  prisma: PrismaClient | Prisma.TransactionClient,
  domainId: string,
  attendees: { internalAttendeeIds?: readonly string[]; externalPersonIds?: readonly string[] },
): Promise<{ internalAttendeeIds?: string[]; externalPersonIds?: string[] }> {
  const result: { internalAttendeeIds?: string[]; externalPersonIds?: string[] } = {};
  if (attendees.internalAttendeeIds) {
    const ids = [...new Set(attendees.internalAttendeeIds)];
    const known = ids.length === 0 ? 0 : await prisma.user.count({ where: { domainId, id: { in: ids } } });
    if (known !== ids.length) throw invalid('internalAttendeeIds', 'Choose users of your own domain.');
    result.internalAttendeeIds = ids;
  }
  if (attendees.externalPersonIds) {
    const ids = [...new Set(attendees.externalPersonIds)];
    const known = ids.length === 0 ? 0 : await prisma.person.count({ where: { domainId, id: { in: ids } } });
    if (known !== ids.length) throw invalid('externalPersonIds', 'Choose people of your own domain.');
    result.externalPersonIds = ids;
  }
  return result;
}
