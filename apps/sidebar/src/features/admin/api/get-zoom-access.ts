import { adminEndpoints, type ZoomAccess } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const zoomAccessKeys = { detail: ['admin', 'zoom-access'] as const };

export const getZoomAccess = (): Promise<ZoomAccess> => apiCall(adminEndpoints.zoomAccess);

export const zoomAccessQueryOptions = () => queryOptions({ queryKey: zoomAccessKeys.detail, queryFn: getZoomAccess, staleTime: 0 });

export const useZoomAccess = () => useQuery(zoomAccessQueryOptions());
