import { sessionEndpoints } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const loginMethodsKeys = { all: ['login-methods'] as const };

/** Whether "Sign in with Salesforce" is set up, and the privacy, terms and support links (sign-in and ⋯ menu). */
export const useLoginMethods = () =>
  useQuery(queryOptions({ queryKey: loginMethodsKeys.all, queryFn: () => apiCall(sessionEndpoints.loginMethods), staleTime: Infinity }));
