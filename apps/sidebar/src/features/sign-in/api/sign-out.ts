import { sessionViewSchema, type SessionView } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** Ends the Gainsight session; the Zoom link stays. */
export const signOut = (): Promise<SessionView> => apiRequest('/api/logout', sessionViewSchema, { method: 'POST' });
