import { sessionEndpoints, type LoginLookupRequest, type LoginLookupResponse } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** Where the sign-in goes after the user name: password, a choice of environments, or typing the domain. */
export const lookUpLogin = (body: LoginLookupRequest): Promise<LoginLookupResponse> => apiCall(sessionEndpoints.lookUpLogin, { body });
