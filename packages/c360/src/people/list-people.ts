import { isUuid, type PeoplePage, type SubjectRef } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';
import { findSubject } from '../subjects/find-subject.ts';
import { decodePeopleCursor, encodePeopleCursor } from './people-cursor.ts';
import { toPerson } from './person-view.ts';

/** The contract's subject, by the name this module's callers know it. */
export type PeopleSubject = SubjectRef;

export interface ListPeopleQuery {
  domainId: string;
  subject: SubjectRef;
  cursor?: string | undefined;
  limit: number;
  /** Only these people, if given. */
  personIds?: readonly string[] | undefined;
}

const personSelect = { id: true, firstName: true, lastName: true, email: true } as const;
const companyLinkSelect = { companyId: true, title: true, role: true, isPrimary: true } as const;

/**
 * A page of a company's (Company Person) or relationship's (Relationship Person) people, keyset-paged by
 * person id: each page is one range scan of the (companyId, personId) or (relationshipId, personId) unique
 * index that stops after `limit + 1` rows, with the persons (and, for a relationship, their titles at its
 * company) fetched in one further statement for the whole page rather than one per person.
 */
export async function listPeople(prisma: PrismaClient, query: ListPeopleQuery): Promise<PeoplePage> {
  const after = query.cursor === undefined ? undefined : decodePeopleCursor(query.cursor);
  const { domainId, subject, limit } = query;
  const { companyId } = await findSubject(prisma, query, subject);
  const personId = {
    ...(after === undefined ? {} : { gt: after }),
    ...(query.personIds === undefined ? {} : { in: query.personIds.filter(isUuid) }),
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
