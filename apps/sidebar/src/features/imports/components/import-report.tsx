import type { ImportObject, ImportReport as Report } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import { downloadText, importErrorsCsv } from '../lib/import-errors-csv';
import { ImportErrorList } from './import-error-list';
import { ImportFacts } from './import-facts';

interface ImportReportProps {
  report: Report;
  object: ImportObject;
  fileName: string;
}

/** What the check found, its heading focused so it is read at once: rows, rows that can be imported, the errors. */
export function ImportReport({ report, object, fileName }: ImportReportProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const download = () => downloadText(importErrorsCsv(report.errors), `import-errors-${object}.csv`);
  return (
    <section className="panel imports__report" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="section-title">
        {t('admin.import.report.title', { file: fileName })}
      </h3>
      <ImportFacts
        facts={[
          [t('admin.import.report.rows'), report.rows],
          [t('admin.import.report.validRows'), report.validRows],
          [t('admin.import.report.errorCount'), report.errorCount],
        ]}
      />
      {report.errorCount === 0 ? (
        <p className="muted">{t('admin.import.report.noErrors')}</p>
      ) : (
        <>
          <ImportErrorList errors={report.errors} errorCount={report.errorCount} />
          <div className="actions">
            <button type="button" className="button" onClick={download}>
              {t('admin.import.report.download')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
