import { ctaEndpoints, type CreateCtaInput } from '@c360/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { ctaKeys } from './get-ctas';

/** Where "waiting to send" shows for a follow-up of this activity. */
const newCtaTarget = (activityId: string) => `ctas:new:${activityId}`;

/**
 * Adds a follow-up through the write queue (sent once, however long the connection is down); every CTA
 * list re-reads after, as the new one's place depends on the server's order.
 */
export function useCreateCta() {
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (cta: CreateCtaInput) =>
      send(
        { ...writeOf(ctaEndpoints.create, { body: cta }), target: newCtaTarget(cta.activityId ?? ''), refresh: [[...ctaKeys.all]] },
        ctaEndpoints.create.response,
      ),
    onSuccess: (cta) => toast.show({ message: t('toast.ctaCreated', { subject: cta.subject }) }),
  });
  const sent = mutation.variables;
  return { ...mutation, waiting: mutation.isPending && sent !== undefined && isWaiting(newCtaTarget(sent.activityId ?? '')) };
}
