import { scorecardEndpoints, type UpdateMeasure } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { scorecardKeys, type ScorecardSubject } from './get-scorecard';

/** Where "waiting to send" shows for an edit of this measure. */
export const measureTarget = (subject: ScorecardSubject, measureId: string) => `scorecard:${subject.kind}:${subject.id}:${measureId}`;

/**
 * Saves one measure through the write queue (sent once, however long the connection is down); the answer
 * already holds the recomputed overall score, and a refetch confirms it.
 */
export function useUpdateMeasure(subject: ScorecardSubject, measureId: string) {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const target = measureTarget(subject, measureId);
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (update: UpdateMeasure) =>
      send(
        {
          ...writeOf(scorecardEndpoints.updateMeasure, { params: { subject, measureId }, body: update }),
          target,
          refresh: [[...scorecardKeys.detail(subject)]],
        },
        scorecardEndpoints.updateMeasure.response,
      ),
    onSuccess: (response) => {
      queryClient.setQueryData(scorecardKeys.detail(subject), response);
      const measure = response.scorecard?.groups.flatMap((group) => group.measures).find((item) => item.id === measureId);
      toast.show({ message: t('toast.measureSaved', { name: measure?.name ?? '' }) });
      return queryClient.invalidateQueries({ queryKey: scorecardKeys.detail(subject) });
    },
  });
  return { ...mutation, waiting: mutation.isPending && isWaiting(target) };
}
