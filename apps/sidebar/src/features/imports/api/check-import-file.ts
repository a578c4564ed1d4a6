import { adminEndpoints, endpointUrl, type ImportObject, type ImportReport } from '@c360/contracts';
import { useMutation } from '@tanstack/react-query';
import { sendImportFile } from './send-import-file';

/** The dry run: every row checked as the import would, nothing written. */
export const checkImportFile = (object: ImportObject, file: File): Promise<ImportReport> =>
  sendImportFile(endpointUrl(adminEndpoints.checkImport, { query: { object, dryRun: 'true' } }), adminEndpoints.checkImport.response, file);

export interface ImportFileChoice {
  object: ImportObject;
  file: File;
}

// 'always': offline it fails at once (the screen says so) rather than waiting, paused, with a file it does not keep.
export const useCheckImportFile = () =>
  useMutation({ networkMode: 'always', mutationFn: ({ object, file }: ImportFileChoice) => checkImportFile(object, file) });
