import { adminEndpoints, type UpdateZoomAccess, type ZoomAccess } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../../hooks/use-session';
import { apiCall } from '../../../lib/api-client';
import { zoomAccessKeys } from './get-zoom-access';

export const updateZoomAccess = (body: UpdateZoomAccess): Promise<ZoomAccess> => apiCall(adminEndpoints.updateZoomAccess, { body });

export function useUpdateZoomAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateZoomAccess,
    onSuccess: (access) => queryClient.setQueryData(zoomAccessKeys.detail, access),
    // The admin's own access follows the policy too, so the session may have changed.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: zoomAccessKeys.detail }), queryClient.invalidateQueries({ queryKey: sessionQueryKey })]),
  });
}
