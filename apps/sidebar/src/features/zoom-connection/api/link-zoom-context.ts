import { sessionEndpoints, type SessionView } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** Links the session to a verified `getAppContext()` value (when the Home URL's link was lost). */
export const linkZoomContext = (context: string): Promise<SessionView> => apiCall(sessionEndpoints.linkZoomContext, { body: { context } });
