import type { SecretBox } from '../crypto/index.ts';
import type { ZoomTokenSet } from './zoom-token-set.ts';

type SecretColumn = 'accountId' | 'accessToken' | 'refreshToken';

// The user and the column are the ciphertext's context: a value copied into another row or column does not open.
const contextOf = (zoomUserId: string, column: SecretColumn) => `ZoomInstallation/${zoomUserId}/${column}`;

export function sealTokens(box: SecretBox, zoomUserId: string, tokens: ZoomTokenSet) {
  return {
    accessTokenEnc: box.seal(tokens.accessToken, contextOf(zoomUserId, 'accessToken')),
    refreshTokenEnc: box.seal(tokens.refreshToken, contextOf(zoomUserId, 'refreshToken')),
    accessExpiresAt: tokens.accessExpiresAt,
    scopes: tokens.scopes,
  };
}

export function sealAccountId(box: SecretBox, zoomUserId: string, accountId: string): string {
  return box.seal(accountId, contextOf(zoomUserId, 'accountId'));
}

export function openTokens(
  box: SecretBox,
  row: { zoomUserId: string; accessTokenEnc: string; refreshTokenEnc: string; accessExpiresAt: Date; scopes: string },
): ZoomTokenSet {
  return {
    accessToken: box.open(row.accessTokenEnc, contextOf(row.zoomUserId, 'accessToken')),
    refreshToken: box.open(row.refreshTokenEnc, contextOf(row.zoomUserId, 'refreshToken')),
    accessExpiresAt: row.accessExpiresAt,
    scopes: row.scopes,
  };
}

export function openAccountId(box: SecretBox, row: { zoomUserId: string; accountIdEnc: string }): string {
  return box.open(row.accountIdEnc, contextOf(row.zoomUserId, 'accountId'));
}
