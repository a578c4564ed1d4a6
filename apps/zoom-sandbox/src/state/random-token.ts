import { randomBytes } from 'node:crypto';

/** An unguessable opaque value (codes, tokens, ids), URL-safe so it travels in query strings. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
