import { sessionViewSchema, type SessionView, type ZoomAuthorizedRequest } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** Hands `onAuthorized`'s code to the BFF, which installs the app and links this session to the user. */
export const completeZoomAuthorize = (body: ZoomAuthorizedRequest): Promise<SessionView> =>
  apiRequest('/api/zoom/authorized', sessionViewSchema, { method: 'POST', body });
