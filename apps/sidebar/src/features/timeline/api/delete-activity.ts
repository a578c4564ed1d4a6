import { timelineEndpoints } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { apiCall } from '@/lib/api-client';
import { refreshTimelines } from './timeline-cache';

export const deleteActivity = (id: string): Promise<undefined> => apiCall(timelineEndpoints.delete, { params: { id } });

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const toast = useToast();
  return useMutation({
    mutationFn: deleteActivity,
    onSuccess: () => toast.show({ message: t('toast.draftDeleted') }),
    onSettled: () => refreshTimelines(queryClient),
  });
}
