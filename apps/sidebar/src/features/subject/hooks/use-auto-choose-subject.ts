import type { MeetingSubject, MeetingView } from '@c360/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { autoChoice, subjectDecided } from '../lib/auto-choice';

interface AutoChooseOptions {
  /** The running meeting of this sidebar, or null outside one (or once it has ended). */
  meetingUuid: string | null;
  meeting: MeetingView | undefined;
  /** A choice is on its way to the server: wait for it. */
  choosing: boolean;
  /** The same write as the user's click in the picker. */
  put: (subject: MeetingSubject | null) => Promise<unknown>;
}

/**
 * Chooses the roster's unambiguous company for the meeting as soon as it is known, with a toast whose
 * "Undo" puts back the empty choice. A subject the meeting already has, or any choice made on this
 * device (a cleared one included), is never overridden: the meeting is then decided for good.
 */
export function useAutoChooseSubject({ meetingUuid, meeting, choosing, put }: AutoChooseOptions): void {
  const { t } = useTranslation();
  const toast = useToast();
  useEffect(() => {
    if (meetingUuid === null || choosing) return;
    const decided = subjectDecided(meetingUuid);
    if (meeting?.subject && decided.read() === null) decided.write(true);
    const choice = autoChoice(meeting, decided.read() === true);
    if (!choice) return;
    decided.write(true);
    const undo = () =>
      put(null).then(
        () => toast.show({ message: t('toast.subjectUndone') }),
        () => toast.show({ message: t('toast.undoFailed'), tone: 'error' }),
      );
    void put(choice).then(
      () => toast.show({ message: t('toast.subjectChosen', { name: choice.name }), action: { label: t('toast.undo'), onAction: () => void undo() } }),
      // The picker says the choice could not be stored.
      () => undefined,
    );
  }, [meetingUuid, meeting, choosing, put, toast, t]);
}
