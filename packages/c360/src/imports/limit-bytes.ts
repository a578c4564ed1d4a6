import { MAX_IMPORT_BYTES } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';

const MEGABYTE = 1024 * 1024;

/** The file's chunks as they come, refused as soon as they pass `max` bytes (the file is never held whole). */
export async function* limitBytes(chunks: AsyncIterable<Uint8Array>, max = MAX_IMPORT_BYTES): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > max) {
      throw new AppError('VALIDATION', 'The file is too large.', {
        errors: [{ path: 'file', message: `Send at most ${Math.floor(max / MEGABYTE)} MB in one file: split it into several.` }],
      });
    }
    yield chunk;
  }
}
