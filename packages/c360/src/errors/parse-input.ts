import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/** A failed parse as the VALIDATION error naming each bad field: the same for the domain and the HTTP edge. */
export function validationErrorOf(error: z.ZodError): AppError {
  return new AppError('VALIDATION', 'Some fields are not valid.', {
    errors: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  });
}

/** Parses with a contract schema; a bad field becomes a VALIDATION error naming it. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw validationErrorOf(parsed.error);
}
