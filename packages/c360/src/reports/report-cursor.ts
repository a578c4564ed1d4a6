import { dateTime } from '@c360/contracts';
import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../paging/opaque-cursor.ts';

/** The position after a page's last event: its time and id, the keyset order (newest first). */
export interface ReportPosition {
  createdAt: Date;
  id: string;
}

const cursorSchema = z.object({ t: dateTime(), i: z.uuid() });

export const encodeReportCursor = ({ createdAt, id }: ReportPosition): string => encodeOpaqueCursor({ t: createdAt.toISOString(), i: id });

export function decodeReportCursor(cursor: string): ReportPosition {
  const { t, i } = decodeOpaqueCursor(cursor, cursorSchema);
  return { createdAt: new Date(t), id: i };
}
