import type { SecretBox } from '../crypto/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { sealAccountId, sealTokens } from './installation-secrets.ts';
import type { ZoomTokenSet } from './zoom-token-set.ts';

export interface ZoomInstallationInput {
  zoomUserId: string;
  /** PII: stored only encrypted. */
  accountId: string;
  tokens: ZoomTokenSet;
}

/** Install and re-install alike: the newest grant's tokens replace any earlier ones of that Zoom user. */
export async function saveZoomInstallation(prisma: PrismaClient, box: SecretBox, input: ZoomInstallationInput): Promise<void> {
  const secrets = {
    accountIdEnc: sealAccountId(box, input.zoomUserId, input.accountId),
    ...sealTokens(box, input.zoomUserId, input.tokens),
  };
  await prisma.zoomInstallation.upsert({
    where: { zoomUserId: input.zoomUserId },
    create: { zoomUserId: input.zoomUserId, ...secrets },
    update: secrets,
  });
}
