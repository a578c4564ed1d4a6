import { addPersonSchema, fullNameOf, type AddPerson, type AddPersonResult } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import { runIdempotent, type IdempotencyOptions } from '../idempotency/run-idempotent.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { toPerson } from './person-view.ts';

const notFound = (path: string, message: string) => new AppError('NOT_FOUND', message, { errors: [{ path, message }] });

/** The company and relationship must be the actor's domain's (else 404, as if absent), the relationship the company's. */
async function checkSubject(prisma: PrismaClient, domainId: string, input: AddPerson): Promise<void> {
  const [company, relationship] = await Promise.all([
    prisma.company.findFirst({ where: { id: input.companyId, domainId }, select: { id: true } }),
    input.relationshipId === undefined ? null : prisma.relationship.findFirst({ where: { id: input.relationshipId, domainId }, select: { companyId: true } }),
  ]);
  if (!company) throw notFound('companyId', 'No such company in your Gainsight domain.');
  if (input.relationshipId === undefined) return;
  if (!relationship) throw notFound('relationshipId', 'No such relationship in your Gainsight domain.');
  if (relationship.companyId !== company.id) {
    throw new AppError('VALIDATION', 'Some fields are not valid.', {
      errors: [{ path: 'relationshipId', message: 'The relationship belongs to another company.' }],
    });
  }
}

/**
 * One attempt, in one transaction so a person never exists without their company link. The e-mail is the
 * person's identity in the domain: an existing person is linked, never duplicated, and links that already
 * exist are kept as they are (an add repeated changes nothing and records nothing).
 */
function linkPerson(prisma: PrismaClient, actor: Actor, input: AddPerson, idempotencyKey: string | undefined): Promise<AddPersonResult> {
  const { domainId } = actor;
  const idempotent = { userId: actor.id, domainId, key: idempotencyKey, operation: 'person.add', request: input };
  return runIdempotent(prisma, idempotent, async (tx) => {
    const existing = await tx.person.findUnique({ where: { domainId_email: { domainId, email: input.email } } });
    const person =
      existing ??
      (await tx.person.create({
        data: { domainId, firstName: input.firstName, lastName: input.lastName, fullName: fullNameOf(input), email: input.email },
      }));
    const personId = person.id;

    const companyFound = await tx.companyPerson.findUnique({ where: { companyId_personId: { companyId: input.companyId, personId } } });
    const companyLink =
      companyFound ??
      (await tx.companyPerson.create({ data: { domainId, companyId: input.companyId, personId, title: input.title ?? null, role: input.role ?? null } }));

    let relationshipFound = null;
    let relationshipLink;
    if (input.relationshipId !== undefined) {
      const { relationshipId } = input;
      relationshipFound = await tx.relationshipPerson.findUnique({ where: { relationshipId_personId: { relationshipId, personId } } });
      relationshipLink = relationshipFound ?? (await tx.relationshipPerson.create({ data: { domainId, relationshipId, personId, role: input.role ?? null } }));
    }

    const created = existing === null;
    if (created || !companyFound || (relationshipLink && !relationshipFound)) {
      await recordAuditEvent(tx, {
        type: 'person.added',
        domainId,
        userId: actor.id,
        companyId: input.companyId,
        relationshipId: input.relationshipId ?? null,
        data: { personId, created },
      });
    }
    return { ...toPerson(person, companyLink, relationshipLink), created };
  });
}

/**
 * Adds a person to a company (Company Person) and, when given, to one of its relationships (Relationship
 * Person with the role): Full licence only, within the actor's domain. Two concurrent adds of one new
 * e-mail race on the (domainId, email) unique: the loser's transaction rolls back and is retried once,
 * and then links the winner's person. A retry with the same `Idempotency-Key` answers the first add.
 */
export async function addPerson(prisma: PrismaClient, actor: Actor, input: unknown, { idempotencyKey }: IdempotencyOptions = {}): Promise<AddPersonResult> {
  assertCan(actor, 'editPeople');
  const person = parseInput(addPersonSchema, input);
  await checkSubject(prisma, actor.domainId, person);
  try {
    return await linkPerson(prisma, actor, person, idempotencyKey);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return linkPerson(prisma, actor, person, idempotencyKey);
  }
}
