import { updateDomainSettingsSchema, type DomainSettings } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { domainSettingsOf } from './read-domain-settings.ts';

/** Changes the domain's settings (tenant admins only); the change applies to meetings that end from now on. */
export async function updateDomainSettings(prisma: PrismaClient, admin: Actor, input: unknown): Promise<DomainSettings> {
  assertCan(admin, 'administer');
  const changes = parseInput(updateDomainSettingsSchema, input);
  return prisma.$transaction(async (tx) => {
    await tx.domain.update({ where: { id: admin.domainId }, data: changes });
    await recordAuditEvent(tx, { type: 'admin.settings.updated', domainId: admin.domainId, userId: admin.id, data: changes });
    return domainSettingsOf(tx, admin.domainId);
  });
}
