import { adminEndpoints, type ImportMapping, type ImportObject, type SaveImportMapping } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/**
 * Remembers how this object's files name their columns; the check and the import read the file with it. Sent
 * at once, not queued: it is saved only as the first step of a check, which cannot wait for a connection either.
 */
export const saveImportMapping = (object: ImportObject, columns: SaveImportMapping['columns']): Promise<ImportMapping> =>
  apiCall(adminEndpoints.saveImportMapping, { params: { object }, body: { columns } });
