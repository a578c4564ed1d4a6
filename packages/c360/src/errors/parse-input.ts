import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/** Parses with a contract schema; a bad field becomes a VALIDATION error naming it. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError('VALIDATION', 'Some fields are not valid.', {
    errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}
