import { sessionEndpoints, type SessionView } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** Ends the Gainsight session; the Zoom link stays. */
export const signOut = (): Promise<SessionView> => apiCall(sessionEndpoints.signOut);
