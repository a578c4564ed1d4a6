import { Zip, ZipDeflate } from 'fflate';

/** A file of a ZIP as it is made: its name and its text, chunk by chunk. */
export interface ZipEntry {
  name: string;
  chunks: AsyncIterable<string>;
}

const encoder = new TextEncoder();

/**
 * A ZIP archive of the entries (deflated, in order) as bytes to send as they come: each entry's chunks are
 * compressed as they are read, so the archive is never whole in memory. `modified` is every entry's time.
 */
export async function* zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>, modified: Date): AsyncGenerator<Uint8Array, void, undefined> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else if (data.length > 0) ready.push(data);
  });
  // fflate's ZipDeflate works synchronously: what a push produced is in `ready` when it returns.
  function* produced(): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = modified;
    zip.add(file);
    for await (const chunk of entry.chunks) {
      file.push(encoder.encode(chunk));
      yield* produced();
    }
    file.push(new Uint8Array(0), true);
    yield* produced();
  }
  zip.end();
  yield* produced();
}
