import type { ImportJob } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

/** What an import did: records created, updated, unchanged, and rows refused. */
export function ImportCounts({ job }: { job: Pick<ImportJob, 'created' | 'updated' | 'unchanged' | 'errorCount'> }) {
  const { t } = useTranslation();
  return (
    <dl className="facts imports__counts">
      <dt>{t('admin.import.counts.created')}</dt>
      <dd>{job.created}</dd>
      <dt>{t('admin.import.counts.updated')}</dt>
      <dd>{job.updated}</dd>
      <dt>{t('admin.import.counts.unchanged')}</dt>
      <dd>{job.unchanged}</dd>
      <dt>{t('admin.import.counts.refused')}</dt>
      <dd>{job.errorCount}</dd>
    </dl>
  );
}
