import { sessionViewSchema, type SessionView } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** Links the session to a verified `getAppContext()` value (when the Home URL's link was lost). */
export const linkZoomContext = (context: string): Promise<SessionView> =>
  apiRequest('/api/zoom/context', sessionViewSchema, { method: 'POST', body: { context } });
