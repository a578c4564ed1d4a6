import { zoomAccessSchema, type ZoomAccess } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const zoomAccessQueryKey = ['admin', 'zoom-access'] as const;

export const getZoomAccess = (): Promise<ZoomAccess> => apiRequest('/api/admin/zoom-access', zoomAccessSchema);

export const zoomAccessQueryOptions = () => queryOptions({ queryKey: zoomAccessQueryKey, queryFn: getZoomAccess, staleTime: 0 });

export const useZoomAccess = () => useQuery(zoomAccessQueryOptions());
