import { searchResponseSchema, type SearchResponse } from '@c360/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const searchSubjects = (q: string): Promise<SearchResponse> =>
  apiRequest(`/api/search?${new URLSearchParams({ q })}`, searchResponseSchema);

/** Companies and relationships whose name matches `q`; the last results stay while the next ones load. */
export function useSearchSubjects(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: () => searchSubjects(q),
    enabled: enabled && q !== '',
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
