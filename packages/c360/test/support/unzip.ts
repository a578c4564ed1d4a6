import { unzipSync } from 'fflate';

/** The files of a ZIP archive as UTF-8 text (a BOM kept), by name: for tests of what an export holds. */
export function unzipTexts(archive: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return Object.fromEntries(Object.entries(unzipSync(archive)).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}
