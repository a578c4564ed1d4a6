import { z } from 'zod';

/** A stored record's id, as a path or a body names it: a text of another shape names no record (the domain answers 404). */
export const uuidSchema = z.uuid();
