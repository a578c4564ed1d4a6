import type { ActivityRecordings } from '@c360/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useActivityRecordings } from '../api/recordings-api';
import { RecordingFileSection } from './recording-file-section';
import { RecordingSearchResults } from './recording-search';
import './recordings.css';

const SEARCH_DEBOUNCE_MS = 250;

/** The meeting's transcript and chat with a search box; lazy-loaded by MeetingRecordings. */
export function RecordingsPanel({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const recordings = useActivityRecordings(activityId);

  return (
    <QueryState
      query={recordings}
      loading={t('recordings.loading')}
      failed={t('recordings.loadFailed')}
      retryLabel={t('recordings.retry')}
      className="recordings__status"
    >
      {({ files }) =>
        files.length === 0 ? <p className="recordings__status">{t('recordings.none')}</p> : <RecordingFiles activityId={activityId} files={files} />
      }
    </QueryState>
  );
}

/** The files with a search box once one of them is searchable. */
function RecordingFiles({ activityId, files }: { activityId: string; files: ActivityRecordings['files'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const searched = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
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
