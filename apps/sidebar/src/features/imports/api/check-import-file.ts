import { adminEndpoints, endpointUrl, type ImportObject, type ImportReport, type SaveImportMapping } from '@c360/contracts';
import { useMutation } from '@tanstack/react-query';
import { saveImportMapping } from './save-import-mapping';
import { offlineError, sendImportFile } from './send-import-file';

/** The dry run: every row checked as the import would (with the object's saved column mapping), nothing written. */
export const checkImportFile = (object: ImportObject, file: File): Promise<ImportReport> =>
  sendImportFile(endpointUrl(adminEndpoints.checkImport, { query: { object, dryRun: 'true' } }), adminEndpoints.checkImport.response, file);

export interface ImportFileChoice {
  object: ImportObject;
  file: File;
}

/** A file to check, and the field each of its columns is read as (null: not imported), to be saved first; none before the preview is in. */
export interface ImportCheck extends ImportFileChoice {
  columns: SaveImportMapping['columns'] | undefined;
}

// 'always': offline it fails at once (the screen says so) rather than waiting, paused, with a file it does not keep.
export const useCheckImportFile = () =>
  useMutation({
    networkMode: 'always',
    mutationFn: async ({ object, file, columns }: ImportCheck) => {
      if (!navigator.onLine) throw offlineError();
      if (columns) await saveImportMapping(object, columns);
      return checkImportFile(object, file);
    },
  });
