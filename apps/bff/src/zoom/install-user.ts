import { saveZoomInstallation } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Config } from '../config.ts';
import type { ZoomTokens } from './oauth-client.ts';
import { tokenBoxOf, toTokenSet } from './token-box.ts';
import { getCurrentZoomUser } from './zoom-api.ts';

/**
 * Stores freshly issued tokens under the Zoom user they belong to (asked of Zoom with the token itself),
 * encrypted with the account id. Install, re-install and re-consent all end here.
 */
export async function completeInstall(deps: { config: Config; prisma: PrismaClient }, tokens: ZoomTokens): Promise<{ zoomUserId: string }> {
  const user = await getCurrentZoomUser(deps.config, tokens.accessToken);
  await saveZoomInstallation(deps.prisma, tokenBoxOf(deps.config), {
    zoomUserId: user.id,
    accountId: user.accountId,
    tokens: toTokenSet(tokens),
  });
  return { zoomUserId: user.id };
}
