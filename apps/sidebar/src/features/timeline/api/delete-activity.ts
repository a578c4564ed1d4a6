import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { refreshTimelines } from './timeline-cache';

export const deleteActivity = (id: string): Promise<undefined> =>
  apiRequest(`/api/activities/${encodeURIComponent(id)}`, z.undefined(), { method: 'DELETE' });

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteActivity, onSettled: () => refreshTimelines(queryClient) });
}
