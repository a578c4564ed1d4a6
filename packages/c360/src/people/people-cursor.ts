import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

const cursorSchema = z.object({ p: z.uuid() });

/** The position after a page's last person: its id, the keyset order. */
export function encodePeopleCursor(personId: string): string {
  return Buffer.from(JSON.stringify({ p: personId })).toString('base64url');
}

/** Cursors are opaque to clients; anything that is not one of ours is a bad request, never a 500. */
export function decodePeopleCursor(cursor: string): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'The page cursor is not valid.', { errors: [{ path: 'cursor', message: 'Use the nextCursor of a previous page.' }] });
  }
  return parsed.data.p;
}
