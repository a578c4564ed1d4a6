import { updateDomainSettingsSchema, type DomainSettings } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { parseInput } from '../errors/parse-input.ts';
import { assertCan, type Actor } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { readDomainSettings } from './read-domain-settings.ts';

export interface SettingsAdmin extends Actor {
  id: string;
  domainId: string;
}

/** Changes the domain's settings (tenant admins only); the change applies to meetings that end from now on. */
export async function updateDomainSettings(prisma: PrismaClient, admin: SettingsAdmin, input: unknown): Promise<DomainSettings> {
  assertCan(admin, 'administer');
  const changes = parseInput(updateDomainSettingsSchema, input);
  return prisma.$transaction(async (tx) => {
    await tx.domain.update({ where: { id: admin.domainId }, data: changes });
    await recordAuditEvent(tx, { type: 'admin.settings.updated', domainId: admin.domainId, userId: admin.id, data: changes });
    return readDomainSettings(tx, admin.domainId);
  });
}
