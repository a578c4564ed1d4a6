import { sessionEndpoints, type LoginRequest, type SessionView } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

export const signIn = (body: LoginRequest): Promise<SessionView> => apiCall(sessionEndpoints.signIn, { body });
