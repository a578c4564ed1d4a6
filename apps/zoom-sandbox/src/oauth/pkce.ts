import { createHash, timingSafeEqual } from 'node:crypto';
import type { CodeChallengeMethod } from '../state/records.ts';

export const isChallengeMethod = (value: string): value is CodeChallengeMethod => value === 'plain' || value === 'S256';

/** RFC 7636: S256 compares base64url(sha256(verifier)) with the challenge; plain compares them as they are. */
export function verifierMatches(challenge: string, method: CodeChallengeMethod, verifier: string): boolean {
  const derived = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  const a = Buffer.from(derived);
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}
