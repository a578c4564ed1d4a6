import { activityCommentSchema, type ActivityComment } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshTimelines } from './timeline-cache';

export const addComment = (activityId: string, body: string): Promise<ActivityComment> =>
  apiRequest(`/api/activities/${encodeURIComponent(activityId)}/comments`, activityCommentSchema, { method: 'POST', body: { body } });

export function useAddComment(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: string) => addComment(activityId, body), onSuccess: () => refreshTimelines(queryClient) });
}
