import type { ImportJob } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PendingAction } from '@/components/ui/pending-action';
import { QueryState } from '@/components/ui/query-state';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { toApiError } from '@/lib/api-client';
import { useCancelImport } from '../api/cancel-import';
import { useImport } from '../api/get-import';
import { isRunning } from '../api/get-imports';
import { ImportCounts } from './import-counts';
import { ImportErrorList } from './import-error-list';
import { ImportProgressBar } from './import-progress-bar';

/** An import followed every second until it ends: its bar and Cancel, then what it did. */
export function ImportProgress({ id, focus }: { id: string; focus: boolean }) {
  const { t } = useTranslation();
  const job = useImport(id);
  return (
    <QueryState query={job} loading={t('admin.import.progress.loading')} failed={t('admin.import.progress.loadFailed')}>
      {(data) => <ImportJobPanel job={data} focus={focus} />}
    </QueryState>
  );
}

/** One import's panel; its heading takes focus when the import was just started here. */
export function ImportJobPanel({ job, focus }: { job: ImportJob; focus: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>(focus);
  const cancel = useCancelImport(job.id);
  const running = isRunning(job);
  return (
    <section className="panel imports__job" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="section-title">
        {t(`admin.import.progress.title.${job.object}`)}
      </h3>
      <p role="status" className="imports__state">
        {t(`admin.import.states.${job.state}`)}
      </p>
      {running ? <ImportProgressBar job={job} /> : <ImportCounts job={job} />}
      {!running && job.errorCount > 0 && <ImportErrorList errors={job.errors} errorCount={job.errorCount} />}
      {running && (
        <PendingAction
          label={t('admin.import.cancel')}
          pendingLabel={t('admin.import.cancelling')}
          pending={cancel.isPending}
          onClick={() => cancel.mutate()}
        />
      )}
      <WaitingToSend waiting={cancel.waiting} />
      {cancel.isError && (
        <p role="alert" className="field__error">
          {t('admin.import.cancelFailed', { reason: toApiError(cancel.error).message })}
        </p>
      )}
    </section>
  );
}
