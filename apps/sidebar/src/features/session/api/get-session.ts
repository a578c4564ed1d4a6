import { sessionViewSchema, type SessionView } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const sessionQueryKey = ['session'] as const;

export const getSession = (): Promise<SessionView> => apiRequest('/api/session', sessionViewSchema);

export const sessionQueryOptions = () => queryOptions({ queryKey: sessionQueryKey, queryFn: getSession });

export const useSession = () => useQuery(sessionQueryOptions());
