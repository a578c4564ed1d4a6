import { zoomAccessSchema, type UpdateZoomAccess, type ZoomAccess } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { zoomAccessQueryKey } from './get-zoom-access';

/** `PUT /api/admin/zoom-access`; the BFF answers with the access as stored. */
export const updateZoomAccess = (body: UpdateZoomAccess): Promise<ZoomAccess> =>
  apiRequest('/api/admin/zoom-access', zoomAccessSchema, { method: 'PUT', body });

export function useUpdateZoomAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateZoomAccess,
    onSuccess: (access) => queryClient.setQueryData(zoomAccessQueryKey, access),
    // The admin's own access follows the policy too, so the session may have changed.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: zoomAccessQueryKey }), queryClient.invalidateQueries({ queryKey: ['session'] })]),
  });
}
