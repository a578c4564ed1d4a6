import { z } from 'zod';

// PostgreSQL cannot store U+0000 in text (22021), and a lone UTF-16 surrogate is not a character at all
// (it would be stored as U+FFFD, so what is read back differs from what was sent).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the store keeps this string exactly as it is. */
export const isStorableText = (value: string): boolean => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

export const UNSTORABLE_TEXT_MESSAGE = 'Remove the NUL characters or broken Unicode characters.';

/**
 * The one schema of every text a request carries (body, query and path): a string the store can keep as it
 * is. Refine it as usual (`text().trim().min(1).max(255)`); the check runs first, so the 400 names the field.
 */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
