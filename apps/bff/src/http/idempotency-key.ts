import { AppError } from '@c360/c360';
import { idempotencyKeySchema } from '@c360/contracts';

/** The optional `Idempotency-Key` of a write; a retry with the same key gets the first answer. */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path: 'Idempotency-Key', message: parsed.error.issues[0]!.message }] });
  }
  return parsed.data;
}
