import type { SecretBox } from '../crypto/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { openTokens, sealTokens } from './installation-secrets.ts';
import type { ZoomTokenSet } from './zoom-token-set.ts';

/** Given the current tokens, returns new ones to store, or undefined when the current ones are still good. */
export type RenewTokens = (current: ZoomTokenSet) => Promise<ZoomTokenSet | undefined>;

// Long enough for one token request to Zoom while the row is locked.
const RENEWAL_TIMEOUT_MS = 20_000;

/**
 * Runs `renew` on the installation's tokens while holding its row lock (SELECT … FOR UPDATE), and stores
 * what it returns in the same transaction. Zoom rotates the refresh token on every use and refuses the old
 * one, so a second process waiting on the lock must see the rotated tokens, not spend the old ones again.
 * If `renew` throws, nothing changes. Returns null when the user has no installation.
 */
export async function renewZoomInstallationTokens(prisma: PrismaClient, box: SecretBox, zoomUserId: string, renew: RenewTokens): Promise<ZoomTokenSet | null> {
  return prisma.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ zoomUserId: string }[]>`
        SELECT "zoomUserId" FROM "ZoomInstallation" WHERE "zoomUserId" = ${zoomUserId} FOR UPDATE`;
      if (locked.length === 0) return null;
      const row = await tx.zoomInstallation.findUniqueOrThrow({ where: { zoomUserId } });
      const current = openTokens(box, row);
      const renewed = await renew(current);
      if (!renewed) return current;
      await tx.zoomInstallation.update({ where: { zoomUserId }, data: sealTokens(box, zoomUserId, renewed) });
      return renewed;
    },
    { timeout: RENEWAL_TIMEOUT_MS, maxWait: RENEWAL_TIMEOUT_MS },
  );
}
