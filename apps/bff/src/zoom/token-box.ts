import { createSecretBox, type SecretBox, type ZoomTokenSet } from '@c360/c360';
import type { Config } from '../config.ts';
import type { ZoomTokens } from './oauth-client.ts';

const boxes = new WeakMap<Buffer, SecretBox>();

/** The cipher of tokens and account ids at rest, keyed by TOKEN_ENCRYPTION_KEY. */
export function tokenBoxOf(config: Pick<Config, 'TOKEN_ENCRYPTION_KEY'>): SecretBox {
  let box = boxes.get(config.TOKEN_ENCRYPTION_KEY);
  if (!box) {
    box = createSecretBox(config.TOKEN_ENCRYPTION_KEY);
    boxes.set(config.TOKEN_ENCRYPTION_KEY, box);
  }
  return box;
}

export const toTokenSet = (tokens: ZoomTokens): ZoomTokenSet => ({
  accessToken: tokens.accessToken,
  refreshToken: tokens.refreshToken,
  accessExpiresAt: tokens.expiresAt,
  scopes: tokens.scope,
});
