import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

export const NEW360_OFF_REASON = 'The New 360 experience is switched off for your Gainsight domain, so it has no Scorecard or Attributes.';

/**
 * Scorecards and attributes exist only in domains with the "New 360 experience" (SPEC §4); the server
 * refuses them elsewhere, not only the sidebar's tabs. FORBIDDEN rather than NOT_FOUND: the company is
 * there and its timeline is open to the user; it is this part of Customer 360 that the tenant switched off,
 * and the answer says so (`feature: "new360"`) where a 404 would read like a wrong id. Checked before any
 * record is looked up, so it tells nothing about ids either.
 */
export async function assertNew360(db: PrismaClient | Prisma.TransactionClient, domainId: string): Promise<void> {
  const domain = await db.domain.findUnique({ where: { id: domainId }, select: { new360: true } });
  if (!domain?.new360) throw new AppError('FORBIDDEN', NEW360_OFF_REASON, { details: { feature: 'new360' } });
}
