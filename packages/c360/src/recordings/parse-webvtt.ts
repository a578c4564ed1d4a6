import { clockToMs, type ParsedLine } from './parsed-line.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' };
const TIMING = /^(\S+)\s+-->\s+(\S+)/;
const VOICE = /^<v(?:\.[^\s>]*)?\s+([^>]+)>/;
// Zoom writes the speaker as a "Name: " prefix; a colon inside the first 80 characters followed by a space.
const SPEAKER_PREFIX = /^([^:<>\n]{1,80}?):\s+([\s\S]*)$/;

const decodeEntities = (text: string) =>
  text.replace(/&(#?\w+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });

/** Cue text without its markup (`<b>`, `<c.x>`, inline timestamps, `</v>`), entities decoded. */
const plainText = (text: string) => decodeEntities(text.replace(/<[^>]*>/g, '')).trim();

function cueLine(payload: string[], startMs: number | undefined, endMs: number | undefined): ParsedLine | undefined {
  const raw = payload.join('\n').trim();
  const voice = VOICE.exec(raw);
  let speaker = voice ? plainText(voice[1]!) : undefined;
  let text = plainText(voice ? raw.slice(voice[0].length) : raw);
  if (!speaker) {
    const prefixed = SPEAKER_PREFIX.exec(text);
    if (prefixed) [speaker, text] = [prefixed[1]!.trim(), prefixed[2]!.trim()];
  }
  if (text === '') return undefined;
  return { ...(startMs === undefined ? {} : { startMs }), ...(endMs === undefined ? {} : { endMs }), ...(speaker ? { speaker } : {}), text };
}

/**
 * A WebVTT transcript → one line per cue, speaker-attributed from a `<v Name>` voice span or Zoom's
 * `Name: ` prefix. Blocks without a timing line (header, NOTE, STYLE, REGION, garbage) are skipped, so
 * any text parses, into nothing if it holds no cue.
 */
export function parseWebVtt(content: string): ParsedLine[] {
  const blocks = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/);
  const lines: ParsedLine[] = [];
  for (const block of blocks) {
    const rows = block.split('\n');
    const timingAt = rows.findIndex((row) => TIMING.test(row));
    if (timingAt === -1 || timingAt > 1) continue;
    const [, start, end] = TIMING.exec(rows[timingAt]!)!;
    const line = cueLine(rows.slice(timingAt + 1), clockToMs(start!), clockToMs(end!));
    if (line) lines.push(line);
  }
  return lines;
}
