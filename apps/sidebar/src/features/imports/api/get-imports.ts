import { adminEndpoints, type ImportJob, type ImportJobList } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;

export const importKeys = {
  list: ['admin', 'imports'] as const,
  job: (id: string) => ['admin', 'imports', id] as const,
  /** Outside the list's key, so a started import does not ask for the preview again. */
  preview: (object: string, fileNumber: number) => ['admin', 'import-preview', object, fileNumber] as const,
};

/** An import still on its way: its progress is followed until it ends. */
export const isRunning = (job: Pick<ImportJob, 'state'>) => job.state === 'QUEUED' || job.state === 'RUNNING';

export const getImports = (): Promise<ImportJobList> => apiCall(adminEndpoints.imports);

/** The latest imports, re-read every second while one of them runs, so its counts follow. */
export const importsQueryOptions = () =>
  queryOptions({
    queryKey: importKeys.list,
    queryFn: getImports,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? IMPORT_POLL_MS : false),
  });

export const useImports = () => useQuery(importsQueryOptions());
