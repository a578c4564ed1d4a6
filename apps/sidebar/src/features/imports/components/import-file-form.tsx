import { IMPORT_OBJECTS, type ImportObject } from '@c360/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { Field } from '@/components/ui/field';
import { PendingAction } from '@/components/ui/pending-action';
import { NETWORK_FAILURE, toApiError } from '@/lib/api-client';
import { useCheckImportFile, type ImportCheck } from '../api/check-import-file';
import { useImportPreview } from '../api/preview-import-file';
import { useStartImport } from '../api/start-import';
import { chosenFields, ImportColumnMapping, type ColumnFields } from './import-column-mapping';
import { ImportReport } from './import-report';

/** Why an upload failed, in words: offline (the file stays chosen), or the server's reason. */
function useFailureText() {
  const { t } = useTranslation();
  return (error: unknown, failed: 'previewFailed' | 'checkFailed' | 'startFailed') => {
    const apiError = toApiError(error);
    return apiError.status === NETWORK_FAILURE ? t('admin.import.offline') : t(`admin.import.${failed}`, { reason: apiError.message });
  };
}

/**
 * The object and the file, its first rows with the field each column is read as, "Check file" (which saves
 * the mapping, then runs the dry run), its report, then "Import N rows", offered only for the file, object and
 * mapping just checked.
 */
export function ImportFileForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [object, setObject] = useState<ImportObject>('companies');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [edits, setEdits] = useState<ColumnFields>({});
  const preview = useImportPreview(object, file);
  const check = useCheckImportFile();
  const start = useStartImport();
  const columns = preview.data && chosenFields(preview.data, edits);
  const checked: ImportCheck | undefined = check.isSuccess ? check.variables : undefined;
  const report = checked?.file === file && checked.object === object && JSON.stringify(checked.columns) === JSON.stringify(columns) ? check.data : undefined;
  // A new file or object is a new preview: what was chosen for the last one no longer applies.
  const choose = (next: { object?: ImportObject; file?: File | null }) => {
    if (next.object) setObject(next.object);
    if (next.file !== undefined) setFile(next.file);
    setEdits({});
    start.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check.isPending) return;
    setMissing(file === null);
    if (file) {
      start.reset();
      check.mutate({ object, file, columns });
    }
  };
  const startImport = () => {
    if (!file || !report) return;
    start.mutate({ object, file }, { onSuccess: ({ id }) => onStarted(id) });
  };

  return (
    <form className="stack imports__form" aria-label={t('admin.import.form.label')} noValidate onSubmit={submit}>
      <ChoiceGroup
        legend={t('admin.import.form.object')}
        options={IMPORT_OBJECTS}
        value={object}
        onChange={(next) => choose({ object: next })}
        titleOf={(option) => t(`admin.import.objects.${option}.title`)}
        descriptionOf={(option) => t(`admin.import.objects.${option}.columns`)}
      />
      <Field label={t('admin.import.form.file')} hint={t('admin.import.form.fileHint')} error={missing ? t('admin.import.form.fileMissing') : null}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            onChange={(event) => {
              choose({ file: event.target.files?.[0] ?? null });
              setMissing(false);
            }}
          />
        )}
      </Field>
      {preview.isError && (
        <p role="alert" className="field__error">
          {failureText(preview.error, 'previewFailed')}
        </p>
      )}
      {preview.data && columns && (
        <ImportColumnMapping preview={preview.data} fields={columns} onChange={(column, field) => setEdits((before) => ({ ...before, [column]: field }))} />
      )}
      <PendingAction label={t('admin.import.form.check')} pendingLabel={t('admin.import.form.checking')} pending={check.isPending} />
      {check.isError && (
        <p role="alert" className="field__error">
          {failureText(check.error, 'checkFailed')}
        </p>
      )}
      {report && file && <ImportReport key={check.submittedAt} report={report} object={object} fileName={file.name} />}
      {report && report.validRows > 0 && (
        <PendingAction
          label={t('admin.import.form.start', { count: report.validRows })}
          pendingLabel={t('admin.import.form.starting')}
          pending={start.isPending}
          primary
          onClick={startImport}
        />
      )}
      {start.isError && (
        <p role="alert" className="field__error">
          {failureText(start.error, 'startFailed')}
        </p>
      )}
    </form>
  );
}
