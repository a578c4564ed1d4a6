/** A line of a transcript or chat as a parser reads it; its position in the file becomes its `seq`. */
export interface ParsedLine {
  /** Milliseconds, as the file writes them. */
  startMs?: number;
  endMs?: number;
  speaker?: string;
  text: string;
}

/** `hh:mm:ss(.ttt)` or `mm:ss.ttt` (WebVTT), also with a comma (SRT habits) → milliseconds. */
export function clockToMs(clock: string): number | undefined {
  const match = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(clock.trim());
  if (!match) return undefined;
  const [, hours = '0', minutes, seconds, fraction = '0'] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(fraction.padEnd(3, '0'));
}
