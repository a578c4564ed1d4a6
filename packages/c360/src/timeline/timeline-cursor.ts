import { dateTime } from '@c360/contracts';
import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../paging/opaque-cursor.ts';

/** The position after the last activity of a page: its date and id, the keyset order. */
export interface TimelinePosition {
  activityDate: Date;
  id: string;
}

const cursorSchema = z.object({ d: dateTime(), i: z.uuid() });

export const encodeCursor = (position: TimelinePosition): string => encodeOpaqueCursor({ d: position.activityDate.toISOString(), i: position.id });

export function decodeCursor(cursor: string): TimelinePosition {
  const { d, i } = decodeOpaqueCursor(cursor, cursorSchema);
  return { activityDate: new Date(d), id: i };
}
