import { ctaEndpoints, type Cta, type CtaPage, type CtaStatus } from '@c360/contracts';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue, type SendWrite } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { ctaKeys } from './get-ctas';

/** Where "waiting to send" shows for a change of this CTA. */
export const ctaTarget = (id: string) => `cta:${id}`;

/**
 * A close or a reopen, through the write queue: sent once the connection allows (with its key, so a re-send
 * changes nothing), and kept across a reload meanwhile.
 */
export const setCtaStatus = (send: SendWrite, cta: Cta, status: CtaStatus): Promise<Cta> =>
  send(
    { ...writeOf(ctaEndpoints.update, { params: { id: cta.id }, body: { status } }), target: ctaTarget(cta.id), refresh: [[...ctaKeys.all]] },
    ctaEndpoints.update.response,
  );

type Pages = InfiniteData<CtaPage, string | null>;

const withStatus = (cta: Cta, status: CtaStatus): Cta => {
  const { closedAt: _closedAt, ...rest } = cta;
  return status === 'CLOSED' ? { ...rest, status, overdue: false, closedAt: new Date().toISOString() } : { ...rest, status };
};

/**
 * Closes or reopens a CTA optimistically: every cached list shows the new status at once (also while the
 * write waits for the connection, `waiting`) and gets its old pages back if the server refuses. Afterwards the lists re-read, so the CTA moves to its place. A toast
 * confirms it; a close's has "Undo", which reopens the CTA.
 */
export function useSetCtaStatus() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const toast = useToast();
  const { send, isWaiting } = useWriteQueue();
  const reopened = (cta: Cta) => toast.show({ message: t('toast.ctaReopened', { subject: cta.subject }) });
  const undo = (cta: Cta) => setCtaStatus(send, cta, 'OPEN').then(reopened, () => toast.show({ message: t('toast.undoFailed'), tone: 'error' }));
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: ({ cta, status }: { cta: Cta; status: CtaStatus }) => setCtaStatus(send, cta, status),
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
  const sent = mutation.variables;
  return { ...mutation, waiting: mutation.isPending && sent !== undefined && isWaiting(ctaTarget(sent.cta.id)) };
}
