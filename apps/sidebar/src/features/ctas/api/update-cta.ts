import { ctaEndpoints, type Cta, type CtaPage, type CtaStatus } from '@c360/contracts';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { ctaKeys } from './get-ctas';

export const setCtaStatus = (id: string, status: CtaStatus): Promise<Cta> => apiCall(ctaEndpoints.update, { params: { id }, body: { status } });

type Pages = InfiniteData<CtaPage, string | null>;

const withStatus = (cta: Cta, status: CtaStatus): Cta => {
  const { closedAt: _closedAt, ...rest } = cta;
  return status === 'CLOSED' ? { ...rest, status, overdue: false, closedAt: new Date().toISOString() } : { ...rest, status };
};

/**
 * Closes or reopens a CTA optimistically: every cached list shows the new status at once and gets its
 * old pages back if the server refuses. Afterwards the lists re-read, so the CTA moves to its place.
 */
export function useSetCtaStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cta, status }: { cta: Cta; status: CtaStatus }) => setCtaStatus(cta.id, status),
    onMutate: async ({ cta, status }) => {
      await queryClient.cancelQueries({ queryKey: ctaKeys.all });
      const previous = queryClient.getQueriesData<Pages>({ queryKey: ctaKeys.all });
      queryClient.setQueriesData<Pages>(
        { queryKey: ctaKeys.all },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === cta.id ? withStatus(item, status) : item)) })),
          },
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ctaKeys.all }),
  });
}
