import { z } from 'zod';

/** A stored record's id, as a path or a body names it: a text of another shape names no record (the domain answers 404). */
export const uuidSchema = z.uuid();

/** Whether a text can name a stored record: asked before a query, since the store rejects a malformed id with an error. */
export const isUuid = (value: unknown): value is string => uuidSchema.safeParse(value).success;
