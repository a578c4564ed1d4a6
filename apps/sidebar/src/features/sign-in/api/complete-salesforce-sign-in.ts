import { sessionViewSchema, type SalesforceLoginRequest, type SessionView } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** Finishes a "Sign in with Salesforce" whose e-mail is in several domains, in the one the user chose. */
export const completeSalesforceSignIn = (body: SalesforceLoginRequest): Promise<SessionView> =>
  apiRequest('/api/login/salesforce', sessionViewSchema, { method: 'POST', body });
