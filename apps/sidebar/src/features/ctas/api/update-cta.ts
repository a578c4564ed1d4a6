import { ctaEndpoints, type Cta, type CtaPage, type CtaStatus } from '@c360/contracts';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { apiCall, writeOf } from '@/lib/api-client';
import { ctaKeys } from './get-ctas';

export const setCtaStatus = (id: string, status: CtaStatus): Promise<Cta> => apiCall(ctaEndpoints.update, { params: { id }, body: { status } });

/** "Undo" on a close: the same PATCH back to OPEN, through the write queue (so sent once, whenever it can be). */
const reopenCta = (send: SendWrite, cta: Cta): Promise<Cta> =>
  send(
    { ...writeOf(ctaEndpoints.update, { params: { id: cta.id }, body: { status: 'OPEN' } }), target: `cta:${cta.id}`, refresh: [[...ctaKeys.all]] },
    ctaEndpoints.update.response,
  );

type Pages = InfiniteData<CtaPage, string | null>;

const withStatus = (cta: Cta, status: CtaStatus): Cta => {
  const { closedAt: _closedAt, ...rest } = cta;
  return status === 'CLOSED' ? { ...rest, status, overdue: false, closedAt: new Date().toISOString() } : { ...rest, status };
};

/**
 * Closes or reopens a CTA optimistically: every cached list shows the new status at once and gets its
 * old pages back if the server refuses. Afterwards the lists re-read, so the CTA moves to its place. A toast
 * confirms it; a close's has "Undo", which reopens the CTA.
 */
export function useSetCtaStatus() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const toast = useToast();
  const { send } = useWriteQueue();
  const reopened = (cta: Cta) => toast.show({ message: t('toast.ctaReopened', { subject: cta.subject }) });
  const undo = (cta: Cta) => reopenCta(send, cta).then(reopened, () => toast.show({ message: t('toast.undoFailed'), tone: 'error' }));
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
    onSuccess: (cta) => {
      if (cta.status === 'OPEN') reopened(cta);
      else toast.show({ message: t('toast.ctaClosed', { subject: cta.subject }), action: { label: t('toast.undo'), onAction: () => void undo(cta) } });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ctaKeys.all }),
  });
}
