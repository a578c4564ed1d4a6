import { createHash } from 'node:crypto';

/**
 * How the sandbox keeps an access or refresh token: its SHA-256, as Zoom keeps tokens it only has to
 * recognise, never show again. The tokens are 48 random bytes, so an unsalted fast hash cannot be
 * reversed or guessed; a leaked state file (or heap dump) gives nobody a usable token.
 */
export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('base64url');
