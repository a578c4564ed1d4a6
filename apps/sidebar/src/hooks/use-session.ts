import { sessionEndpoints, type SessionView } from '@c360/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const sessionQueryKey = ['session'] as const;

export const getSession = (): Promise<SessionView> => apiCall(sessionEndpoints.get);

export const sessionQueryOptions = () => queryOptions({ queryKey: sessionQueryKey, queryFn: getSession });

export const useSession = () => useQuery(sessionQueryOptions());

/**
 * Server data of the signed-in user must not outlive a sign-in or sign-out; the Zoom SDK's answers and
 * the session itself stay.
 */
export function removeUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'zoom' && query.queryKey[0] !== sessionQueryKey[0] });
}
