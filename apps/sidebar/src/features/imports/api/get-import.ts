import { adminEndpoints, type ImportJob } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { IMPORT_POLL_MS, importKeys, isRunning } from './get-imports';

export const getImport = (id: string): Promise<ImportJob> => apiCall(adminEndpoints.importJob, { params: { id } });

/** One import's progress, asked for every second until it has ended (done, failed or cancelled). */
export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importKeys.job(id),
    queryFn: () => getImport(id),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : IMPORT_POLL_MS),
  });

export const useImport = (id: string) => useQuery(importQueryOptions(id));
