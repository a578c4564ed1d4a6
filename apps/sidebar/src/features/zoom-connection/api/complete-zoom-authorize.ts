import { sessionEndpoints, type SessionView, type ZoomAuthorizedRequest } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** Hands `onAuthorized`'s code to the BFF, which installs the app and links this session to the user. */
export const completeZoomAuthorize = (body: ZoomAuthorizedRequest): Promise<SessionView> => apiCall(sessionEndpoints.completeZoomAuthorize, { body });
