import { adminEndpoints, endpointUrl, type ImportObject } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportFileChoice } from './check-import-file';
import { importKeys } from './get-imports';
import { sendImportFile } from './send-import-file';

/**
 * Starts the import (202 and its id); it runs on the server, the screen follows it. No Idempotency-Key as
 * the other writes send: the imports route does not honour one, and a file upload never goes through the
 * write queue. Re-sending the same file changes nothing anyway (rows are upserted by their external id).
 */
export const startImport = (object: ImportObject, file: File): Promise<{ id: string }> =>
  sendImportFile(endpointUrl(adminEndpoints.startImport, { query: { object } }), adminEndpoints.startImport.response, file);

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ object, file }: ImportFileChoice) => startImport(object, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.list }),
  });
}
