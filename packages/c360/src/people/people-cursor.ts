import { z } from 'zod';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../paging/opaque-cursor.ts';

const cursorSchema = z.object({ p: z.uuid() });

/** The position after a page's last person: its id, the keyset order. */
export const encodePeopleCursor = (personId: string): string => encodeOpaqueCursor({ p: personId });

export const decodePeopleCursor = (cursor: string): string => decodeOpaqueCursor(cursor, cursorSchema).p;
