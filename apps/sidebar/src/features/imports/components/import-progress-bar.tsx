import type { ImportJob } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

/** Rows done of rows total; before the server has counted the rows, a bar without a value (it is waiting). */
export function ImportProgressBar({ job }: { job: Pick<ImportJob, 'rowsDone' | 'rowsTotal' | 'errorCount'> }) {
  const { t } = useTranslation();
  const counted = job.rowsTotal > 0;
  const percent = counted ? Math.min(100, Math.round((job.rowsDone / job.rowsTotal) * 100)) : 0;
  const text = counted ? t('admin.import.progress.rows', { done: job.rowsDone, total: job.rowsTotal }) : t('admin.import.progress.counting');
  return (
    <>
      <div
        role="progressbar"
        className="imports__bar"
        aria-label={t('admin.import.progress.label')}
        aria-valuemin={0}
        aria-valuemax={counted ? job.rowsTotal : undefined}
        aria-valuenow={counted ? job.rowsDone : undefined}
        aria-valuetext={text}
      >
        <span className="imports__bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted">
        {text} · {t('admin.import.progress.errors', { count: job.errorCount })}
      </p>
    </>
  );
}
