import type { ActivityRecordings } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { downloadUrlOf } from '../api/recordings-api';
import { RecordingLines } from './recording-lines';

type RecordingFileWithLines = ActivityRecordings['files'][number];

/** One transcript or chat: its lines once stored, else where its download stands. */
export function RecordingFileSection({ file }: { file: RecordingFileWithLines }) {
  const { t } = useTranslation();
  const title = t(`recordings.kinds.${file.kind}`);
  return (
    <section className="recordings__file" aria-label={title}>
      <h4 className="recordings__title">
        {title}
        {file.status === 'STORED' && (
          <a className="recordings__download" href={downloadUrlOf(file.id)} download>
            {t('recordings.download', { kind: title })}
          </a>
        )}
      </h4>
      {file.status === 'PENDING' && <p className="recordings__status">{t('recordings.pending')}</p>}
      {file.status === 'FAILED' && (
        <p className="recordings__status recordings__status--failed">{t('recordings.failed', { reason: file.lastError ?? t('recordings.unknownReason') })}</p>
      )}
      {file.status === 'STORED' &&
        (file.lines.length > 0 ? <RecordingLines lines={file.lines} /> : <p className="recordings__status">{t('recordings.empty')}</p>)}
    </section>
  );
}
