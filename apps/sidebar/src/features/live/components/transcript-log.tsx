import type { TranscriptSegment } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { HighlightedText, highlightParts } from '@/features/recordings';
import { useFollowScroll } from '../hooks/use-follow-scroll';
import { clockTime } from '../lib/quote';

interface TranscriptLogProps {
  /** Oldest first. */
  segments: readonly TranscriptSegment[];
  /** Only the lines containing it are shown, the words marked; empty shows every line. */
  query: string;
  onQuote: (segment: TranscriptSegment) => void;
}

const contains = (text: string, query: string) => highlightParts(text, query).some((part) => part.match);

/**
 * The transcript as it follows the call, newest at the bottom. Scrolling up stops the following (a reader
 * keeps their place); "Jump to latest" or scrolling back down resumes it.
 */
export function TranscriptLog({ segments, query, onQuote }: TranscriptLogProps) {
  const { t, i18n } = useTranslation();
  const { ref: logRef, following, unseen, onScroll, jump: jumpToEnd } = useFollowScroll<HTMLDivElement>(segments.length);
  const searching = query.trim() !== '';
  const shown = searching ? segments.filter((segment) => contains(segment.text, query)) : segments;

  const jump = () => {
    jumpToEnd();
    // The button goes away: the keyboard stays on the transcript it brought back.
    logRef.current?.focus();
  };

  return (
    <>
      {searching && (
        <p role="status" className="live__matches">
          {t('live.matches', { count: shown.length })}
        </p>
      )}
      {/* Focusable, so the keyboard can scroll it. */}
      <div ref={logRef} role="log" aria-label={t('live.title')} tabIndex={0} className="live__log" onScroll={onScroll}>
        <ol className="live__lines">
          {shown.map((segment) => {
            const time = clockTime(segment.startTime, i18n.language);
            return (
              <li key={segment.id} className={`live__line live__line--${segment.side}`}>
                <span className="live__meta">
                  <time dateTime={segment.startTime}>{time}</time> <strong className="live__speaker-name">{segment.speakerName}</strong>
                </span>
                <span className="live__text">
                  <HighlightedText text={segment.text} query={query} />
                </span>
                <button
                  type="button"
                  className="live__quote"
                  aria-label={t('live.quoteLabel', { speaker: segment.speakerName, time })}
                  onClick={() => onQuote(segment)}
                >
                  {t('live.quoteButton')}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
      {!following && (
        <button type="button" className="button live__jump" onClick={jump}>
          {unseen > 0 ? t('live.jumpToLatestNew', { count: unseen }) : t('live.jumpToLatest')}
        </button>
      )}
    </>
  );
}
