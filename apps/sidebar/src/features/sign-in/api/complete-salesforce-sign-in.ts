import { sessionEndpoints, type SalesforceLoginRequest, type SessionView } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** Finishes a "Sign in with Salesforce" whose e-mail is in several domains, in the one the user chose. */
export const completeSalesforceSignIn = (body: SalesforceLoginRequest): Promise<SessionView> => apiCall(sessionEndpoints.completeSalesforceSignIn, { body });
