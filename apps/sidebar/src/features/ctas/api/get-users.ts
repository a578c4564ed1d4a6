import { assignableUsersSchema } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The domain's users, for choosing a CTA's owner. */
export const useAssignableUsers = (enabled = true) =>
  useQuery({
    ...queryOptions({
      queryKey: ['users', 'assignable'] as const,
      queryFn: async () => (await apiRequest('/api/users', assignableUsersSchema)).items,
      // The domain's users change rarely; one read per sidebar session is enough.
      staleTime: 10 * 60_000,
    }),
    enabled,
  });
