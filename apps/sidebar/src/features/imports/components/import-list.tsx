import type { ImportJob } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { ImportCounts } from './import-counts';

const formatTime = (iso: string, language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The latest imports, newest first: what each held, when it started, its state and counts. */
export function ImportList({ jobs }: { jobs: readonly ImportJob[] }) {
  const { t, i18n } = useTranslation();
  if (jobs.length === 0) return <p className="muted">{t('admin.import.empty')}</p>;
  return (
    <ul className="stack-list">
      {jobs.map((job) => (
        <li key={job.id} className="panel imports__item">
          <p className="imports__item-title">
            {t(`admin.import.objects.${job.object}.title`)} · {formatTime(job.createdAt, i18n.language)}{' '}
            <span className="badge">{t(`admin.import.states.${job.state}`)}</span>
          </p>
          <ImportCounts job={job} />
        </li>
      ))}
    </ul>
  );
}
