import { sessionEndpoints } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const loginMethodsKeys = { all: ['login-methods'] as const };

/** Whether "Sign in with Salesforce" is set up; the button shows only then. */
export const useLoginMethods = () =>
  useQuery(queryOptions({ queryKey: loginMethodsKeys.all, queryFn: () => apiCall(sessionEndpoints.loginMethods), staleTime: Infinity }));
