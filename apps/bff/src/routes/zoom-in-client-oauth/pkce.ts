import { createHash, randomBytes } from 'node:crypto';

export type PkceMethod = 'plain' | 'S256';

/** 32 random bytes → 43 base64url characters: RFC 7636's minimum length, its full entropy. */
export const newCodeVerifier = () => randomBytes(32).toString('base64url');

export const newState = () => randomBytes(24).toString('base64url');

/** RFC 7636 §4.2. */
export function codeChallengeOf(verifier: string, method: PkceMethod): string {
  return method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
}
