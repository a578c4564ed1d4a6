import { ctaEndpoints } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const userKeys = { assignable: ['users', 'assignable'] as const };

/** The domain's users, for choosing a CTA's owner. */
export const useAssignableUsers = (enabled = true) =>
  useQuery({
    ...queryOptions({
      queryKey: userKeys.assignable,
      queryFn: async () => (await apiCall(ctaEndpoints.assignableUsers)).items,
      // The domain's users change rarely; one read per sidebar session is enough.
      staleTime: 10 * 60_000,
    }),
    enabled,
  });
