import { loginMethodsSchema } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Whether "Sign in with Salesforce" is set up; the button shows only then. */
export const useLoginMethods = () =>
  useQuery(
    queryOptions({
      queryKey: ['login-methods'],
      queryFn: () => apiRequest('/api/login/methods', loginMethodsSchema),
      staleTime: Infinity,
    }),
  );
