import type { SecretBox } from '../crypto/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { openTokens } from './installation-secrets.ts';
import type { ZoomTokenSet } from './zoom-token-set.ts';

/** The Zoom user's stored tokens, decrypted; null when the user has not installed the app. */
export async function findZoomInstallationTokens(prisma: PrismaClient, box: SecretBox, zoomUserId: string): Promise<ZoomTokenSet | null> {
  const row = await prisma.zoomInstallation.findUnique({ where: { zoomUserId } });
  return row ? openTokens(box, row) : null;
}
