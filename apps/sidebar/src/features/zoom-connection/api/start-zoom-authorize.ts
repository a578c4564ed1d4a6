import { sessionEndpoints, type ZoomAuthorizeResponse } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** The PKCE challenge and state the BFF issues for `zoomSdk.authorize()`. */
export const startZoomAuthorize = (): Promise<ZoomAuthorizeResponse> => apiCall(sessionEndpoints.startZoomAuthorize);
