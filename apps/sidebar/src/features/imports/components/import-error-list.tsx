import type { ImportRowError } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

/** The errors shown at once; the rest are counted (and in the downloaded CSV). */
export const ERRORS_SHOWN = 50;

/** Refused rows, compactly: "Row 3, Name: …", then "and N more". */
export function ImportErrorList({ errors, errorCount }: { errors: readonly ImportRowError[]; errorCount: number }) {
  const { t } = useTranslation();
  const shown = errors.slice(0, ERRORS_SHOWN);
  return (
    <>
      <ul className="imports__errors">
        {shown.map((error, index) => (
          <li key={`${error.row}:${error.column}:${index}`}>
            {error.column === ''
              ? t('admin.import.errors.row', { row: error.row, message: error.message })
              : t('admin.import.errors.cell', { row: error.row, column: error.column, message: error.message })}
          </li>
        ))}
      </ul>
      {errorCount > shown.length && <p className="muted">{t('admin.import.errors.more', { count: errorCount - shown.length })}</p>}
    </>
  );
}
