import { loginLookupResponseSchema, type LoginLookupRequest, type LoginLookupResponse } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

/** Where the sign-in goes after the user name: password, a choice of environments, or typing the domain. */
export const lookUpLogin = (body: LoginLookupRequest): Promise<LoginLookupResponse> =>
  apiRequest('/api/login/lookup', loginLookupResponseSchema, { method: 'POST', body });
