import type { z } from 'zod';
import { AppError } from './app-error.ts';
import { parseInput } from './parse-input.ts';

/** The options of an edit that starts from a version: the one the caller names apart from the body (HTTP's `If-Match`). */
export interface EditOptions {
  ifMatch?: number | undefined;
}

const invalidVersion = (message: string) => new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path: 'version', message }] });

/** The version an edit starts from: the body's, the one given apart, or both when they agree. */
function editedVersion(bodyVersion: number | undefined, ifMatch: number | undefined): number {
  if (bodyVersion !== undefined && ifMatch !== undefined && bodyVersion !== ifMatch) {
    throw invalidVersion(`The body's version ${bodyVersion} disagrees with If-Match ${ifMatch}.`);
  }
  const version = bodyVersion ?? ifMatch;
  if (version === undefined) throw invalidVersion('Send the version the edit started from, in the body or as If-Match.');
  return version;
}

type Versioned = z.ZodObject<{ version: z.ZodNumber }>;

/**
 * Parses an edit with its contract schema, whose `version` may come in the body or apart (`ifMatch`):
 * a bad field or a missing or disagreeing version is a VALIDATION error naming it.
 */
export function parseEdit<Schema extends Versioned>(schema: Schema, input: unknown, { ifMatch }: EditOptions): z.infer<Schema> {
  const { version, ...edit } = parseInput(schema.extend({ version: schema.shape.version.optional() }), input) as z.infer<Schema>;
  return { ...edit, version: editedVersion(version, ifMatch) } as z.infer<Schema>;
}
