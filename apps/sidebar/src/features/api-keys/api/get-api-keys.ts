import { adminEndpoints, type ApiKeyList } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const apiKeyKeys = { list: ['admin', 'api-keys'] as const };

export const getApiKeys = (): Promise<ApiKeyList> => apiCall(adminEndpoints.apiKeys);

export const apiKeysQueryOptions = () => queryOptions({ queryKey: apiKeyKeys.list, queryFn: getApiKeys, staleTime: 0 });

export const useApiKeys = () => useQuery(apiKeysQueryOptions());
