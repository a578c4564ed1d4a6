import type { CtaStatus } from '@c360/contracts';
import { calendarDate, ctaStatusSchema } from '@c360/contracts';
import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../paging/opaque-cursor.ts';

/** The position after a page's last CTA in the keyset order (status, due date, id). */
export interface CtaPosition {
  status: CtaStatus;
  dueDate: string;
  id: string;
}

const cursorSchema = z.object({ s: ctaStatusSchema, d: calendarDate(), i: z.uuid() });

export const encodeCtaCursor = ({ status, dueDate, id }: CtaPosition): string => encodeOpaqueCursor({ s: status, d: dueDate, i: id });

export function decodeCtaCursor(cursor: string): CtaPosition {
  const { s, d, i } = decodeOpaqueCursor(cursor, cursorSchema);
  return { status: s, dueDate: d, id: i };
}
