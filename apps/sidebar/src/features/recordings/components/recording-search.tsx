import type { RecordingFileKind } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useRecordingSearch } from '../api/recordings-api';
import { RecordingLines } from './recording-lines';

const KINDS: readonly RecordingFileKind[] = ['TRANSCRIPT', 'CHAT'];

/** The lines of the transcript and chat that contain the query, matches marked. */
export function RecordingSearchResults({ activityId, query }: { activityId: string; query: string }) {
  const { t } = useTranslation();
  const search = useRecordingSearch(activityId, query);
  if (search.isError)
    return (
      <p role="alert" className="field__error">
        {t('recordings.searchFailed')}
      </p>
    );
  const matches = search.data?.matches ?? [];
  return (
    <div aria-busy={search.isFetching}>
      <p className="recordings__status" role="status">
        {search.isPending ? t('recordings.searching') : t('recordings.matches', { count: matches.length })}
      </p>
      {KINDS.map((kind) => {
        const lines = matches.filter((match) => match.kind === kind);
        return (
          lines.length > 0 && (
            <section key={kind} className="recordings__file" aria-label={t(`recordings.kinds.${kind}`)}>
              <h4 className="recordings__title">{t(`recordings.kinds.${kind}`)}</h4>
              <RecordingLines lines={lines} query={query} />
            </section>
          )
        );
      })}
    </div>
  );
}
