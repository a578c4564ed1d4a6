import { now } from '../clock/clock.ts';
import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { hashApiKey } from './api-key-secret.ts';

/** Who calls the domain API: a key, acting for its domain (never for a user, whose licence it does not have). */
export interface ApiKeyCaller {
  keyId: string;
  domainId: string;
}

/** Longer than any key we make; anything longer is refused before it is hashed. */
const MAX_KEY_LENGTH = 200;

/**
 * The domain a presented key acts for, and notes its use. The key is looked up by its hash, so no stored
 * secret is ever compared byte by byte; a missing, unknown or revoked key is UNAUTHENTICATED, all alike.
 */
export async function authenticateApiKey(prisma: Pick<PrismaClient, 'apiKey'>, key: string | undefined): Promise<ApiKeyCaller> {
  const refused = new AppError('UNAUTHENTICATED', 'Send a valid API access key in the accesskey header (or as Authorization: Bearer <key>).');
  if (key === undefined || key === '' || key.length > MAX_KEY_LENGTH) throw refused;
  const found = await prisma.apiKey.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, domainId: true, revokedAt: true } });
  if (!found || found.revokedAt !== null) throw refused;
  await prisma.apiKey.update({ where: { id: found.id }, data: { lastUsedAt: now() } });
  return { keyId: found.id, domainId: found.domainId };
}
