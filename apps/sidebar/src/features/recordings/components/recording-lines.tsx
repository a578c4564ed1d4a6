import type { RecordingLine } from '@c360/contracts';
import { formatOffset } from '../lib/format-offset';
import { HighlightedText } from './highlighted-text';

/** Speaker-attributed lines with their time, matches of `query` marked. */
export function RecordingLines({ lines, query = '' }: { lines: readonly RecordingLine[]; query?: string }) {
  return (
    <ol className="recordings__lines">
      {lines.map((line) => (
        <li key={line.seq} className="recordings__line">
          {line.startMs !== undefined && <span className="recordings__time">{formatOffset(line.startMs)}</span>}
          {line.speaker && <strong className="recordings__speaker">{line.speaker}</strong>}
          <span className="recordings__text">
            <HighlightedText text={line.text} query={query} />
          </span>
        </li>
      ))}
    </ol>
  );
}
