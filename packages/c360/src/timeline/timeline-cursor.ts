import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/** The position after the last activity of a page: its date and id, the keyset order. */
export interface TimelinePosition {
  activityDate: Date;
  id: string;
}

const cursorSchema = z.object({ d: z.iso.datetime(), i: z.uuid() });

export function encodeCursor(position: TimelinePosition): string {
  return Buffer.from(JSON.stringify({ d: position.activityDate.toISOString(), i: position.id })).toString('base64url');
}

/** Cursors are opaque to clients; anything that is not one of ours is a bad request, never a 500. */
export function decodeCursor(cursor: string): TimelinePosition {
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
  return { activityDate: new Date(parsed.data.d), id: parsed.data.i };
}
