import { timelineEndpoints } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { refreshTimelines } from './timeline-cache';

export const deleteActivity = (id: string): Promise<undefined> => apiCall(timelineEndpoints.delete, { params: { id } });

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteActivity, onSettled: () => refreshTimelines(queryClient) });
}
