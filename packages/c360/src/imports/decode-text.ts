import { TextDecoder } from 'node:util';
import { AppError } from '../errors/app-error.ts';

// Import files come from spreadsheets: UTF-8 with or without a BOM, or Shift_JIS from a Japanese Excel.
// Node's TextDecoder knows both (full ICU), so no converter library is needed.

const SHIFT_JIS_NAMES = new Set(['shift_jis', 'shift-jis', 'sjis', 'windows-31j', 'cp932', 'ms_kanji', 'x-sjis']);

const notText = (message: string) => new AppError('VALIDATION', 'The file cannot be read.', { errors: [{ path: 'file', message }] });

function decoderFor(charset: string): TextDecoder {
  const name = charset.trim().toLowerCase();
  if (SHIFT_JIS_NAMES.has(name)) return new TextDecoder('shift_jis');
  if (name === 'utf-8' || name === 'utf8') return new TextDecoder('utf-8', { fatal: true });
  throw notText(`The charset ${charset} is not one an import reads: send UTF-8 or Shift_JIS.`);
}

const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);

/**
 * The file's bytes as text, chunk by chunk, without its BOM. `charset` (from the request's Content-Type) wins.
 * Without one the file is read as UTF-8 until a byte says otherwise: if everything before it was ASCII (which
 * Shift_JIS shares), the file is Shift_JIS from there on; a UTF-8 file broken further on is refused rather
 * than read with U+FFFD.
 */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, charset?: string): AsyncGenerator<string> {
  let decoder = charset === undefined ? new TextDecoder('utf-8', { fatal: true }) : decoderFor(charset);
  let mayStillBeShiftJis = charset === undefined;
  for await (const chunk of chunks) {
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      // ASCII bytes never wait in the decoder for more, so this chunk is all that is left to read again.
      if (!mayStillBeShiftJis) throw notUtf8();
      decoder = new TextDecoder('shift_jis');
      yield decoder.decode(chunk, { stream: true });
    }
    mayStillBeShiftJis &&= decoder.encoding === 'utf-8' && isAscii(chunk);
  }
  try {
    yield decoder.decode();
  } catch {
    throw notUtf8();
  }
}

const notUtf8 = () => notText('The file is not UTF-8 text throughout: save it as UTF-8 (CSV UTF-8 in Excel) or send it as Shift_JIS.');
