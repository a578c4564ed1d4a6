import type { Prisma } from '../store/prisma.ts';
import type { ExportObject, ExportRow } from './export-columns.ts';
import type { ExportStore } from './export-snapshot.ts';

/** Records read per query: an export of any size holds one page of one object in memory at a time. */
export const EXPORT_PAGE_SIZE = 500;

/** The rows of one object, a page at a time. */
export type ExportRows<Object extends ExportObject> = AsyncGenerator<Array<ExportRow<Object>>, void, undefined>;

type Reader = { [Object in ExportObject]: (prisma: ExportStore, domainId: string) => ExportRows<Object> };

/** The query of one page: the domain's records after the last one read, by id. */
interface KeysetPage {
  where: { domainId: string; id?: { gt: string } };
  orderBy: { id: 'asc' };
  take: number;
}

/**
 * Keyset paging by id within the domain: each page is the next `EXPORT_PAGE_SIZE` records after the last one
 * read, so the order is stable and no page is skipped or read twice however large the domain.
 */
async function* keysetPages<Record extends { id: string }, Row>(
  domainId: string,
  read: (page: KeysetPage) => Promise<Record[]>,
  rowsOf: (record: Record) => Row[],
): AsyncGenerator<Row[], void, undefined> {
  let after: string | undefined;
  for (;;) {
    const records = await read({ where: after === undefined ? { domainId } : { domainId, id: { gt: after } }, orderBy: { id: 'asc' }, take: EXPORT_PAGE_SIZE });
    if (records.length > 0) yield records.flatMap(rowsOf);
    if (records.length < EXPORT_PAGE_SIZE) return;
    after = records.at(-1)!.id;
  }
}

const day = (value: Date | null): string | null => value?.toISOString().slice(0, 10) ?? null;
const instant = (value: Date | null): string | null => value?.toISOString() ?? null;
const amount = (value: Prisma.Decimal | null): number | null => value?.toNumber() ?? null;

const companyRef = { select: { externalId: true, name: true } } as const;
const relationshipRef = { select: { name: true, company: companyRef } } as const;
const email = { select: { email: true } } as const;
const externalRef = { select: { id: true, externalId: true } } as const;
/** A CTA, ticket or activity by the id its own system gave it, else by the store's id (which an import finds again). */
const externalIdOf = (record: { id: string; externalId: string | null }): string => record.externalId ?? record.id;

interface CompanyRef {
  externalId: string | null;
  name: string;
}
const companyColumns = (company: CompanyRef | null) => ({ CompanyExternalId: company?.externalId ?? null, CompanyName: company?.name ?? null });
/** A company's or a relationship's record: the relationship by its name within its company. */
const subjectColumns = (company: CompanyRef | null, relationship: { name: string; company: CompanyRef } | null) => ({
  ...companyColumns(company ?? relationship?.company ?? null),
  RelationshipName: relationship?.name ?? null,
});

type AttributeValue = Prisma.CompanyAttributeValueGetPayload<{
  select: { definition: { select: { type: true } }; textValue: true; numberValue: true; dateValue: true; booleanValue: true; userValue: typeof email };
}>;

/** The one value column the definition's type uses, as text (a number exactly as stored). */
function attributeValue(value: AttributeValue): string | boolean | null {
  switch (value.definition.type) {
    case 'NUMBER':
    case 'CURRENCY':
      return value.numberValue?.toFixed() ?? null;
    case 'DATE':
      return day(value.dateValue);
    case 'BOOLEAN':
      return value.booleanValue;
    case 'USER':
      return value.userValue?.email ?? null;
    default:
      return value.textValue;
  }
}

/** Each object's rows for one domain: every query is scoped by the domain. */
export const EXPORT_ROWS: Reader = {
  company: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.company.findMany({
          ...page,
          include: { csm: email },
        }),
      (company) => [
        {
          ExternalId: company.externalId,
          Name: company.name,
          Industry: company.industry,
          Employees: company.employees,
          ARR: amount(company.arr),
          MRR: amount(company.mrr),
          RenewalDate: day(company.renewalDate),
          OriginalContractDate: day(company.originalContractDate),
          Stage: company.stage,
          Status: company.status,
          Lifecycle: company.lifecycle,
          EmailDomain: company.emailDomain,
          CsmEmail: company.csm?.email ?? null,
          NPS: company.nps,
        },
      ],
    ),

  relationship: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.relationship.findMany({
          ...page,
          select: { id: true, externalId: true, name: true, company: companyRef, type: { select: { name: true } }, csm: email },
        }),
      (relationship) => [
        {
          ExternalId: relationship.externalId,
          ...companyColumns(relationship.company),
          Name: relationship.name,
          Type: relationship.type.name,
          CsmEmail: relationship.csm?.email ?? null,
        },
      ],
    ),

  person: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.person.findMany({
          ...page,
          include: {
            companyPersons: {
              orderBy: { id: 'asc' },
              select: { title: true, role: true, isPrimary: true, company: companyRef, manager: { select: { person: email } } },
            },
            relationshipPersons: { orderBy: { id: 'asc' }, select: { role: true, relationship: relationshipRef } },
          },
        }),
      (person) => {
        const own = {
          ExternalId: person.externalId,
          FirstName: person.firstName,
          LastName: person.lastName,
          Email: person.email,
          Phone: person.phone,
          LinkedinUrl: person.linkedinUrl,
          Location: person.location,
          Timezone: person.timezone,
        };
        const unlinked = { ...companyColumns(null), RelationshipName: null, Title: null, Role: null, IsPrimary: null, ManagerEmail: null };
        const rows = [
          ...person.companyPersons.map((link) => ({
            ...own,
            ...unlinked,
            ...companyColumns(link.company),
            Title: link.title,
            Role: link.role,
            IsPrimary: link.isPrimary,
            ManagerEmail: link.manager?.person.email ?? null,
          })),
          ...person.relationshipPersons.map((link) => ({ ...own, ...unlinked, ...subjectColumns(null, link.relationship), Role: link.role })),
        ];
        return rows.length > 0 ? rows : [{ ...own, ...unlinked }];
      },
    ),

  companyAttributeValue: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.companyAttributeValue.findMany({
          ...page,
          select: {
            id: true,
            company: companyRef,
            definition: { select: { key: true, type: true } },
            textValue: true,
            numberValue: true,
            dateValue: true,
            booleanValue: true,
            userValue: email,
          },
        }),
      (value) => [{ ...companyColumns(value.company), AttributeKey: value.definition.key, AttributeType: value.definition.type, Value: attributeValue(value) }],
    ),

  measureScore: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.measureScore.findMany({
          ...page,
          select: {
            id: true,
            assignment: { select: { company: companyRef, relationship: relationshipRef, scorecard: { select: { name: true } } } },
            measure: { select: { name: true } },
            score: true,
            previousScore: true,
            comment: true,
            updatedBy: email,
            updatedAt: true,
          },
        }),
      (score) => [
        {
          ...subjectColumns(score.assignment.company, score.assignment.relationship),
          Scorecard: score.assignment.scorecard.name,
          Measure: score.measure.name,
          Score: amount(score.score),
          PreviousScore: amount(score.previousScore),
          Comment: score.comment,
          UpdatedByEmail: score.updatedBy?.email ?? null,
          UpdatedAt: instant(score.updatedAt),
        },
      ],
    ),

  cta: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.cta.findMany({
          ...page,
          include: { company: companyRef, relationship: relationshipRef, owner: email, activity: externalRef },
        }),
      (cta) => [
        {
          ExternalId: externalIdOf(cta),
          ...subjectColumns(cta.company, cta.relationship),
          ActivityExternalId: cta.activity ? externalIdOf(cta.activity) : null,
          Type: cta.type,
          Subject: cta.subject,
          Reason: cta.reason,
          Priority: cta.priority,
          Status: cta.status,
          OwnerEmail: cta.owner.email,
          DueDate: day(cta.dueDate),
          CreatedAt: instant(cta.createdAt),
          ClosedAt: instant(cta.closedAt),
        },
      ],
    ),

  supportTicket: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) => prisma.supportTicket.findMany({ ...page, include: { company: companyRef } }),
      (ticket) => [
        {
          ExternalId: externalIdOf(ticket),
          ...companyColumns(ticket.company),
          Subject: ticket.subject,
          Status: ticket.status,
          CreatedAt: instant(ticket.createdAt),
          FirstResponseAt: instant(ticket.firstResponseAt),
          ResolvedAt: instant(ticket.resolvedAt),
          Rating: ticket.rating,
        },
      ],
    ),

  supportTicketReply: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) => prisma.supportTicketReply.findMany({ ...page, include: { ticket: externalRef } }),
      (reply) => [{ TicketExternalId: externalIdOf(reply.ticket), SentAt: instant(reply.sentAt), ResponseMinutes: reply.responseMinutes }],
    ),

  activity: (prisma, domainId) =>
    keysetPages(
      domainId,
      (page) =>
        prisma.activity.findMany({
          ...page,
          where: { ...page.where, status: 'LOGGED' },
          include: {
            company: companyRef,
            relationship: relationshipRef,
            author: email,
            internalAttendees: { select: { user: email } },
            externalAttendees: { select: { person: email } },
          },
        }),
      (activity) => [
        {
          ExternalId: externalIdOf(activity),
          ...subjectColumns(activity.company, activity.relationship),
          Type: activity.type,
          Subject: activity.subject,
          Notes: activity.notes,
          ActivityDate: instant(activity.activityDate),
          DurationInMins: activity.durationMinutes,
          AuthorEmail: activity.author.email,
          Source: activity.source,
          MeetingUuid: activity.meetingUuid,
          LoggedAt: instant(activity.loggedAt),
          InternalAttendees: activity.internalAttendees.map((attendee) => attendee.user.email).sort(),
          ExternalAttendees: activity.externalAttendees.map((attendee) => attendee.person.email).sort(),
        },
      ],
    ),
};
