import type { DomainSettings } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

/** The domain's Zoom-app settings (the admin "Meeting log" screen). */
export async function readDomainSettings(prisma: PrismaClient | Prisma.TransactionClient, domainId: string): Promise<DomainSettings> {
  const domain = await prisma.domain.findUnique({ where: { id: domainId }, select: { meetingLogMode: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'This Gainsight domain no longer exists.');
  return { meetingLogMode: domain.meetingLogMode };
}
