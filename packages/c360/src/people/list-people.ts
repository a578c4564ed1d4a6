import type { PeoplePage } from '@c360/contracts';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { decodePeopleCursor, encodePeopleCursor } from './people-cursor.ts';
import { toPerson } from './person-view.ts';

export interface PeopleSubject {
  kind: 'company' | 'relationship';
  id: string;
}

export interface ListPeopleQuery {
  domainId: string;
  subject: PeopleSubject;
  cursor?: string | undefined;
  limit: number;
  /** Only these people, if given. */
  personIds?: readonly string[] | undefined;
}

const uuid = z.uuid();
const personSelect = { id: true, firstName: true, lastName: true, email: true } as const;
const companyLinkSelect = { companyId: true, title: true, role: true, isPrimary: true } as const;

/** The subject's company (a relationship's own), or NOT_FOUND for anything outside the domain. */
async function companyOf(prisma: PrismaClient, domainId: string, subject: PeopleSubject): Promise<string> {
  const where = { id: subject.id, domainId };
  const found = !uuid.safeParse(subject.id).success
    ? null
    : subject.kind === 'company'
      ? await prisma.company.findFirst({ where, select: { id: true } })
      : await prisma.relationship.findFirst({ where, select: { companyId: true } });
  if (!found) throw new AppError('NOT_FOUND', `No such ${subject.kind}.`);
  return 'companyId' in found ? found.companyId : found.id;
}

/**
 * A page of a company's (Company Person) or relationship's (Relationship Person) people, keyset-paged by
 * person id: each page is one range scan of the (companyId, personId) or (relationshipId, personId) unique
 * index that stops after `limit + 1` rows, with the persons (and, for a relationship, their titles at its
 * company) fetched in one further statement for the whole page rather than one per person.
 */
export async function listPeople(prisma: PrismaClient, query: ListPeopleQuery): Promise<PeoplePage> {
  const after = query.cursor === undefined ? undefined : decodePeopleCursor(query.cursor);
  const { domainId, subject, limit } = query;
  const companyId = await companyOf(prisma, domainId, subject);
  const personId = {
    ...(after === undefined ? {} : { gt: after }),
    ...(query.personIds === undefined ? {} : { in: query.personIds.filter((id) => uuid.safeParse(id).success) }),
  };

  const items =
    subject.kind === 'company'
      ? (
          await prisma.companyPerson.findMany({
            where: { companyId, domainId, personId },
            orderBy: { personId: 'asc' },
            take: limit + 1,
            select: { ...companyLinkSelect, person: { select: personSelect } },
          })
        ).map((link) => toPerson(link.person, link))
      : (
          await prisma.relationshipPerson.findMany({
            where: { relationshipId: subject.id, domainId, personId },
            orderBy: { personId: 'asc' },
            take: limit + 1,
            select: {
              relationshipId: true,
              role: true,
              person: { select: { ...personSelect, companyPersons: { where: { companyId }, select: companyLinkSelect } } },
            },
          })
        ).map((link) => toPerson(link.person, link.person.companyPersons[0], link));

  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: items.length > limit && last ? encodePeopleCursor(last.id) : null };
}
