import { zoomAuthorizeResponseSchema, type ZoomAuthorizeResponse } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** The PKCE challenge and state the BFF issues for `zoomSdk.authorize()`. */
export const startZoomAuthorize = (): Promise<ZoomAuthorizeResponse> => apiRequest('/api/zoom/authorize', zoomAuthorizeResponseSchema);
