import type { Activity } from '@c360/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useActivityToast } from '../hooks/use-activity-toast';
import { refreshTimelines, upsertActivity } from './timeline-cache';
import { updateActivity } from './save-activity';

/** "Log" on a draft in the list: publishes it as it is on the server, from the version shown. */
export function useLogDraft() {
  const queryClient = useQueryClient();
  const announce = useActivityToast();
  return useMutation({
    mutationFn: (draft: Activity) => updateActivity(draft.id, { status: 'LOGGED', version: draft.version }),
    onSuccess: (activity) => {
      upsertActivity(queryClient, activity);
      announce(activity);
    },
    onSettled: () => refreshTimelines(queryClient),
  });
}
