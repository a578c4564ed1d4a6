import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useActivityRecordings } from '../api/recordings-api';
import { RecordingFileSection } from './recording-file-section';
import { RecordingSearchResults } from './recording-search';
import './recordings.css';

const SEARCH_DEBOUNCE_MS = 250;

/** The meeting's transcript and chat with a search box; lazy-loaded by MeetingRecordings. */
export function RecordingsPanel({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const searched = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const recordings = useActivityRecordings(activityId);

  if (recordings.isPending) return <p className="recordings__status" role="status">{t('recordings.loading')}</p>;
  if (recordings.isError) {
    return (
      <p role="alert" className="field__error">
        {t('recordings.loadFailed')}{' '}
        <button type="button" className="link-button" onClick={() => void recordings.refetch()}>
          {t('recordings.retry')}
        </button>
      </p>
    );
  }
  const { files } = recordings.data;
  if (files.length === 0) return <p className="recordings__status">{t('recordings.none')}</p>;
  const searchable = files.some((file) => file.status === 'STORED');

  return (
    <div className="recordings__panel">
      {searchable && (
        <form role="search" className="recordings__search" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-q`} className="field__label">
            {t('recordings.searchLabel')}
          </label>
          <input id={`${id}-q`} type="search" className="field__input" maxLength={200} value={query} onChange={(event) => setQuery(event.target.value)} />
        </form>
      )}
      {searched !== '' ? (
        <RecordingSearchResults activityId={activityId} query={searched} />
      ) : (
        <div aria-live="polite">
          {files.map((file) => (
            <RecordingFileSection key={file.id} file={file} />
          ))}
        </div>
      )}
    </div>
  );
}
