import { clockToMs, type ParsedLine } from './parsed-line.ts';

// `00:01:02\t From  Alex Doe : hi` (older clients) or `12:03:04 From Alex Doe to Everyone:` (newer ones).
const HEADER = /^(\d{1,2}:\d{2}:\d{2})\s+From\s+(.*)$/;

/** "Alex Doe to Everyone" → "Alex Doe": the recipient is not part of the speaker. */
const senderOf = (from: string) => from.replace(/\s+to\s+.*$/s, '').trim();

function headerLine(clock: string, rest: string): ParsedLine {
  // The older format separates the sender with " : "; the newer ends the header with ":" (message below).
  const spaced = rest.indexOf(' : ');
  const at = spaced !== -1 ? spaced + 1 : rest.trimEnd().endsWith(':') ? rest.trimEnd().length - 1 : rest.indexOf(': ');
  const from = at === -1 ? rest : rest.slice(0, at);
  const text = at === -1 ? '' : rest.slice(at + 1).trim();
  const speaker = senderOf(from);
  const startMs = clockToMs(clock);
  return { ...(startMs === undefined ? {} : { startMs }), ...(speaker ? { speaker } : {}), text };
}

/**
 * A Zoom chat file → one line per message, with its sender and the time Zoom wrote (an offset in older
 * files, the time of day in newer ones). Indented lines continue the message above; text before the first
 * message header is not chat and is skipped.
 */
export function parseZoomChat(content: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  let current: ParsedLine | undefined;
  for (const row of content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')) {
    const header = HEADER.exec(row.trim());
    if (header) {
      current = headerLine(header[1]!, header[2]!);
      lines.push(current);
    } else if (current && row.trim() !== '') {
      current.text = current.text === '' ? row.trim() : `${current.text}\n${row.trim()}`;
    }
  }
  return lines.filter((line) => line.text !== '');
}
