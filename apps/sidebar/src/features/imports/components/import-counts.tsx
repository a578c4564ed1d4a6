import type { ImportJob } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { ImportFacts } from './import-facts';

/** What an import did: records created, updated, unchanged, and rows refused. */
export function ImportCounts({ job }: { job: Pick<ImportJob, 'created' | 'updated' | 'unchanged' | 'errorCount'> }) {
  const { t } = useTranslation();
  return (
    <ImportFacts
      facts={[
        [t('admin.import.counts.created'), job.created],
        [t('admin.import.counts.updated'), job.updated],
        [t('admin.import.counts.unchanged'), job.unchanged],
        [t('admin.import.counts.refused'), job.errorCount],
      ]}
    />
  );
}
