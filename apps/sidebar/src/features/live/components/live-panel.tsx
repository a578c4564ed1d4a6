import type { TranscriptSegment } from '@c360/contracts';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronIcon } from '@/components/ui/icons';
import type { LiveTranscript } from '@/features/meeting';
import { withCompleteCatalog } from '@/lib/i18n';
import '@/components/ui/disclosure.css';
import { CaptureState, type CaptureControlProps } from './capture-control';

// Unfolded only: the transcript, talk time and search stay off the first screen (issue 16's budget).
const LiveBody = lazy(() => withCompleteCatalog(import('./live-body')).then((module) => ({ default: module.LiveBody })));

export interface LivePanelProps {
  /** Undefined until it loaded. */
  transcript: LiveTranscript | undefined;
  loadFailed: boolean;
  /** The host's start and stop; null for everyone else. */
  control: CaptureControlProps | null;
  onQuote: (segment: TranscriptSegment) => void;
  /** What became of the last quote. */
  notice: string | null;
}

/**
 * The live view of the call: whether it is captured (and, for the host, start and stop after the consent line),
 * talk time per side, and the transcript with search and quoting. A disclosure whose line says whether capture is
 * on (announced to everyone when it changes): folded while there is nothing to read, so the tabs keep the room;
 * the host unfolds it to read the consent line and start.
 */
export function LivePanel({ transcript, loadFailed, control, onQuote, notice }: LivePanelProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [opened, setOpened] = useState<boolean | null>(null);
  const capturing = transcript?.capturing === true;
  const paused = transcript?.paused === true;
  const segments = transcript?.items ?? [];
  const expanded = opened ?? (capturing || segments.length > 0);

  return (
    <section className="live" aria-label={t('live.title')}>
      <h2 className="disclosure__title">
        <button type="button" className="disclosure__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setOpened(!expanded)}>
          <ChevronIcon direction="right" className="icon disclosure__chevron" />
          <CaptureState capturing={capturing} paused={paused} />
        </button>
      </h2>
      <p className="visually-hidden" role="status">
        {!capturing ? t('live.off') : paused ? t('live.paused') : t('live.on')}
      </p>
      <div id={bodyId} className="live__body" hidden={!expanded}>
        {expanded && (
          <Suspense fallback={null}>
            <LiveBody transcript={transcript} loadFailed={loadFailed} control={control} onQuote={onQuote} notice={notice} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
