import type { DomainSettings } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

/** The domain's Zoom-app settings (the admin "Meeting log" screen; tenant admins only). */
export async function readDomainSettings(prisma: PrismaClient, admin: Actor): Promise<DomainSettings> {
  assertCan(admin, 'administer');
  return domainSettingsOf(prisma, admin.domainId);
}

/** The domain's settings as they are now (no permission check), also read back inside an update's transaction. */
export async function domainSettingsOf(prisma: PrismaClient | Prisma.TransactionClient, domainId: string): Promise<DomainSettings> {
  const domain = await prisma.domain.findUnique({ where: { id: domainId }, select: { meetingLogMode: true, transcriptRetentionDays: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'This Gainsight domain no longer exists.');
  return { meetingLogMode: domain.meetingLogMode, transcriptRetentionDays: domain.transcriptRetentionDays };
}
