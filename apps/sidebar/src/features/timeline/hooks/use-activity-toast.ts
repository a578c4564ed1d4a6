import type { Activity } from '@c360/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { toApiError } from '@/lib/api-client';
import { undoLog } from '../api/undo-log';

/**
 * The confirmation of an activity the server now holds: "Draft saved", or "Activity logged" with an Undo
 * that removes it again (itself a write, which toasts its own outcome).
 */
export function useActivityToast(): (activity: Activity) => void {
  const { t } = useTranslation();
  const toast = useToast();
  const { send } = useWriteQueue();
  return useCallback(
    (activity: Activity) => {
      if (activity.status !== 'LOGGED') {
        toast.show({ message: t('toast.draftSaved') });
        return;
      }
      const undo = () =>
        undoLog(send, activity.id).then(
          () => toast.show({ message: t('toast.logUndone') }),
          (error: unknown) =>
            toast.show({ message: toApiError(error).code === 'FORBIDDEN' ? t('toast.logUndoTooLate') : t('toast.undoFailed'), tone: 'error' }),
        );
      toast.show({ message: t('toast.activityLogged'), action: { label: t('toast.undo'), onAction: () => void undo() } });
    },
    [t, toast, send],
  );
}
