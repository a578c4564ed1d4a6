import { timelineEndpoints } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { writeOf } from '@/lib/api-client';
import { refreshTimelines } from './timeline-cache';
import { timelineKeys } from './timeline-keys';

/** Comments through the write queue: sent once, however long the connection is down. */
export function useAddComment(activityId: string) {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const target = `comments:${activityId}`;
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (body: string) =>
      send(
        { ...writeOf(timelineEndpoints.addComment, { params: { id: activityId }, body: { body } }), target, refresh: [[...timelineKeys.all]] },
        timelineEndpoints.addComment.response,
      ),
    onSuccess: () => {
      toast.show({ message: t('toast.commentAdded') });
      return refreshTimelines(queryClient);
    },
  });
  return { ...mutation, waiting: mutation.isPending && isWaiting(target) };
}
