import type { ImportPreview } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/field';

/** The field each file column is read as, by the column's name (null: not imported). */
export type ColumnFields = Record<string, string | null>;

/** The select's value for "Don't import" (no field is named so). */
const SKIP = '';

/** The columns a mapping can name: each name once, a column without a name left to the check (which refuses it). */
const namedColumns = (preview: ImportPreview) => [...new Set(preview.columns.map((column) => column.name))].filter((name) => name !== '');

/** The field of each named column: the admin's choice, else the server's proposal. */
export function chosenFields(preview: ImportPreview, choices: ColumnFields): ColumnFields {
  const proposed = new Map(preview.columns.map(({ name, field }) => [name, field]));
  return Object.fromEntries(namedColumns(preview).map((name) => [name, Object.hasOwn(choices, name) ? choices[name]! : (proposed.get(name) ?? null)]));
}

interface ImportColumnMappingProps {
  preview: ImportPreview;
  fields: ColumnFields;
  onChange: (column: string, field: string | null) => void;
}

/**
 * The file's first rows as a table (scrolled sideways inside the panel, never wider than it), then, per
 * column, the field it is read as, proposed by the server (the remembered mapping, else the same name).
 */
export function ImportColumnMapping({ preview, fields, onChange }: ImportColumnMappingProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const options = [
    { value: SKIP, label: t('admin.import.mapping.skip') },
    ...preview.fields.map(({ name, required }) => ({ value: name, label: required ? t('admin.import.mapping.required', { field: name }) : name })),
  ];
  return (
    <section className="stack imports__mapping" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {t('admin.import.mapping.title')}
      </h3>
      <div className="imports__preview" role="region" aria-label={t('admin.import.mapping.rows', { count: preview.rows.length })} tabIndex={0}>
        <table className="imports__preview-table">
          <thead>
            <tr>
              {preview.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((cells, row) => (
              <tr key={row}>
                {preview.columns.map((_column, index) => (
                  <td key={index}>{cells[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('admin.import.mapping.hint')}</p>
      {namedColumns(preview).map((name) => (
        <SelectField
          key={name}
          className="field imports__column"
          label={name}
          value={fields[name] ?? SKIP}
          options={options}
          onChange={(value) => onChange(name, value === SKIP ? null : value)}
        />
      ))}
    </section>
  );
}
