import { sessionViewSchema, type LoginRequest, type SessionView } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';

export const signIn = (body: LoginRequest): Promise<SessionView> => apiRequest('/api/login', sessionViewSchema, { method: 'POST', body });
