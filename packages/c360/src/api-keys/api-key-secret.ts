import { createHash, randomBytes } from 'node:crypto';

/** Every key starts so, for secret scanners and for people to tell what it is. */
export const API_KEY_PREFIX = 'c360_';
/** How much of a key the admin's list shows: the prefix and 8 random characters (48 bits, never enough to guess the rest). */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 8;

/** A new key: 256 random bits, base64url. */
export const newApiKey = (): string => `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;

/** What the store keeps of a key, and looks a presented key up by: its SHA-256 (a high-entropy key needs no slow hash). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** The start of a key, shown in the list so the admin can tell keys apart. */
export const displayPrefixOf = (key: string): string => key.slice(0, DISPLAY_LENGTH);
