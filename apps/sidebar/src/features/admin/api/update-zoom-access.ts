import { adminEndpoints, type UpdateZoomAccess, type ZoomAccess } from '@c360/contracts';
import { useReplaceResource } from '@/hooks/use-replace-resource';
import { sessionQueryKey } from '@/hooks/use-session';
import { apiCall } from '@/lib/api-client';
import { zoomAccessKeys } from './get-zoom-access';

export const updateZoomAccess = (body: UpdateZoomAccess): Promise<ZoomAccess> => apiCall(adminEndpoints.updateZoomAccess, { body });

// The admin's own access follows the policy too, so the session may have changed.
export const useUpdateZoomAccess = () => useReplaceResource(updateZoomAccess, zoomAccessKeys.detail, [zoomAccessKeys.detail, sessionQueryKey]);
