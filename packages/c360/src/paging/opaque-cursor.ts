import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/** A keyset position as the opaque `nextCursor` clients send back: base64url JSON. */
export function encodeOpaqueCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Cursors are opaque to clients; anything that is not one of ours is a bad request naming `cursor`, never a 500. */
export function decodeOpaqueCursor<S extends z.ZodType>(cursor: string, schema: S): z.infer<S> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'The page cursor is not valid.', { errors: [{ path: 'cursor', message: 'Use the nextCursor of a previous page.' }] });
  }
  return parsed.data;
}
