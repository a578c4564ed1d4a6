import { isStorableText } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';

/** Deeper than any payload Zoom or the sidebar sends; Prisma and JSON.stringify recurse, so depth must be bounded. */
export const MAX_STORED_JSON_DEPTH = 32;
/** Serialized size of one stored JSON value. */
export const MAX_STORED_JSON_BYTES = 256 * 1024;

/**
 * Refuses (VALIDATION, naming `path`) a JSON value from outside too deep or too large to store: serializing
 * 20,000 levels overflows the stack (a 500). The depth walk is iterative, so checking cannot overflow either;
 * only then is it serialized to measure its size. jsonb refuses U+0000 (22P05) in keys and strings alike.
 */
export function assertStorableJson(value: unknown, path: string): void {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value === 'string' && !isStorableText(next.value)) refuse(path, 'holds NUL or broken Unicode characters');
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= MAX_STORED_JSON_DEPTH) refuse(path, `nested deeper than ${MAX_STORED_JSON_DEPTH} levels`);
    for (const [key, child] of Object.entries(next.value)) {
      if (!isStorableText(key)) refuse(path, 'holds NUL or broken Unicode characters');
      pending.push({ value: child, depth: next.depth + 1 });
    }
  }
  if (Buffer.byteLength(JSON.stringify(value) ?? '') > MAX_STORED_JSON_BYTES) refuse(path, `larger than ${MAX_STORED_JSON_BYTES} bytes`);
}

function refuse(path: string, message: string): never {
  throw new AppError('VALIDATION', `The ${path} is too large to keep.`, { errors: [{ path, message }] });
}
