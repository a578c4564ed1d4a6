import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptureControl } from './capture-control';
import type { LivePanelProps } from './live-panel';
import { TalkTime } from './talk-time';
import { TranscriptLog } from './transcript-log';

/** The live view unfolded: the host's start and stop, talk time per side, and the transcript with search and quoting. */
export function LiveBody({ transcript, loadFailed, control, onQuote, notice }: LivePanelProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const capturing = transcript?.capturing === true;
  const segments = transcript?.items ?? [];

  // While capturing, the latest lines come first (the meeting bar keeps to part of the panel); Stop comes last.
  const controlFirst = control !== null && !control.capturing;
  const controls = control ? <CaptureControl {...control} /> : !capturing && segments.length === 0 && <p className="live__note">{t('live.hostStarts')}</p>;
  return (
    <>
      {controlFirst && controls}
      {loadFailed && (
        <p role="alert" className="live__error">
          {t('live.loadFailed')}
        </p>
      )}
      {capturing && segments.length === 0 && <p className="live__note">{t('live.waiting')}</p>}
      {segments.length > 0 && (
        <>
          <TranscriptLog segments={segments} query={query} onQuote={onQuote} />
          <form role="search" className="live__search" onSubmit={(event) => event.preventDefault()}>
            <label htmlFor={searchId} className="field__label">
              {t('live.searchLabel')}
            </label>
            <input id={searchId} type="search" className="field__input" maxLength={200} value={query} onChange={(event) => setQuery(event.target.value)} />
          </form>
        </>
      )}
      {transcript && <TalkTime transcript={transcript} />}
      {!controlFirst && controls}
      <p role="status" className="live__notice">
        {notice}
      </p>
    </>
  );
}
