import { ctaSchema, type Cta, type CreateCtaInput } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ctasRootKey } from './get-ctas';

export const createCta = (cta: CreateCtaInput): Promise<Cta> => apiRequest('/api/ctas', ctaSchema, { method: 'POST', body: cta });

/** Adds a follow-up; every CTA list re-reads, as the new one's place depends on the server's order. */
export function useCreateCta() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCta,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ctasRootKey }),
  });
}
