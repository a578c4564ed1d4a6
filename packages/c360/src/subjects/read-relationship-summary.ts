import { isUuid, type RelationshipSummary } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { glanceOf, glanceSelect } from './subject-glance.ts';

/**
 * One relationship of the reader's domain at a glance, with its type and company, for any licence that views
 * Customer 360; another domain's id answers like one that does not exist.
 */
export async function readRelationshipSummary(prisma: PrismaClient, reader: Actor, relationshipId: string): Promise<RelationshipSummary> {
  assertCan(reader, 'viewC360');
  const relationship = isUuid(relationshipId)
    ? await prisma.relationship.findFirst({
        where: { id: relationshipId, domainId: reader.domainId },
        select: {
          ...glanceSelect(now()),
          type: { select: { name: true } },
          company: { select: { id: true, name: true } },
          domain: { select: { new360: true } },
        },
      })
    : null;
  if (!relationship) throw new AppError('NOT_FOUND', 'No such relationship.');
  return { kind: 'relationship', ...glanceOf(relationship, relationship.domain.new360), type: relationship.type.name, company: relationship.company };
}
