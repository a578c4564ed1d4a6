import { activityCommentSchema } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useWriteQueue } from '../../../hooks/use-write-queue';
import { timelineRootKey } from './get-timeline';
import { refreshTimelines } from './timeline-cache';

/** Comments through the write queue: sent once, however long the connection is down. */
export function useAddComment(activityId: string) {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const target = `comments:${activityId}`;
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (body: string) =>
      send(
        { method: 'POST', path: `/api/activities/${encodeURIComponent(activityId)}/comments`, body: { body }, target, refresh: [[...timelineRootKey]] },
        activityCommentSchema,
      ),
    onSuccess: () => refreshTimelines(queryClient),
  });
  return { ...mutation, waiting: mutation.isPending && isWaiting(target) };
}
