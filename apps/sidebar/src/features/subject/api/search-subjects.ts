import { SEARCH_MIN_LENGTH, searchEndpoints, type SearchResponse } from '@c360/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const searchKeys = { subjects: (q: string) => ['search', q] as const };

export const searchSubjects = (q: string): Promise<SearchResponse> => apiCall(searchEndpoints.subjects, { query: { q } });

/**
 * Companies and relationships whose name matches `q`; the last results stay while the next ones load. A `q`
 * shorter than the server's minimum is not sent (the answer would be empty).
 */
export function useSearchSubjects(q: string, enabled: boolean) {
  return useQuery({
    queryKey: searchKeys.subjects(q),
    queryFn: () => searchSubjects(q),
    enabled: enabled && q.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
