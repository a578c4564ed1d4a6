import type { ScriptLine, SpokenLanguage } from './script-line.ts';

// Natural speaking rates: English counted in words, Japanese in characters (it has no spaces between words).
const UNITS_PER_SECOND: Record<SpokenLanguage, number> = { en: 2.5, ja: 7 };
// The silence between one speaker's line and the next.
const TURN_GAP_MS = 600;

const unitsOf = ({ text, language }: Pick<ScriptLine, 'text' | 'language'>) =>
  language === 'ja' ? [...text.replace(/\s/g, '')].length : text.split(/\s+/).filter(Boolean).length;

/** How long saying a line takes at natural speed, in milliseconds. */
export const spokenMs = (line: Pick<ScriptLine, 'text' | 'language'>) => Math.round((unitsOf(line) / UNITS_PER_SECOND[line.language]) * 1000);

export interface TimedLine extends ScriptLine {
  /** Milliseconds from the start of the conversation. */
  startMs: number;
  endMs: number;
}

/** Each line's start and end when the conversation plays `speed` times faster than natural speech. */
export function timeLines(lines: readonly ScriptLine[], speed: number): TimedLine[] {
  let startMs = 0;
  return lines.map((line) => {
    const endMs = startMs + Math.round(spokenMs(line) / speed);
    const timed = { ...line, startMs, endMs };
    startMs = endMs + Math.round(TURN_GAP_MS / speed);
    return timed;
  });
}
