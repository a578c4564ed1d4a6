import { ctaEndpoints, type CreateCtaInput } from '@c360/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { ctaKeys } from './get-ctas';

/** Where "waiting to send" shows: the follow-ups of this activity, or the new CTAs of this company or relationship. */
const newCtaTarget = (cta: CreateCtaInput) => `ctas:new:${cta.activityId ?? cta.relationshipId ?? cta.companyId ?? ''}`;

/**
 * Adds a CTA (a follow-up, or a new CTA of the tab) through the write queue (sent once, however long the connection is down); every CTA
 * list re-reads after, as the new one's place depends on the server's order.
 */
export function useCreateCta() {
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (cta: CreateCtaInput) =>
      send({ ...writeOf(ctaEndpoints.create, { body: cta }), target: newCtaTarget(cta), refresh: [[...ctaKeys.all]] }, ctaEndpoints.create.response),
    onSuccess: (cta) => toast.show({ message: t('toast.ctaCreated', { subject: cta.subject }) }),
  });
  const sent = mutation.variables;
  return { ...mutation, waiting: mutation.isPending && sent !== undefined && isWaiting(newCtaTarget(sent)) };
}
