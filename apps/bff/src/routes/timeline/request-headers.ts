import { AppError } from '@c360/c360';

// Visible ASCII only (RFC 9110 tokens and the like), so a key is safe to store and to log.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const invalid = (path: string, message: string) => new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path, message }] });

/** The optional `Idempotency-Key` of a create; a retry with the same key gets the first activity back. */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) throw invalid('Idempotency-Key', 'Use 1 to 255 visible ASCII characters.');
  return header;
}
