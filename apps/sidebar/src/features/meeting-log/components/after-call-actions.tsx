import type { PostMeetingLog } from '@c360/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '@/components/ui/inline-confirm';

interface AfterCallActionsProps {
  canSave: boolean;
  canDiscard: boolean;
  /** The meetings "Save and close all" would log, this one included; 0 hides it. */
  saveAllCount: number;
  /** Discarding leaves the activity logged during the call as it is (the question says so). */
  keepsLoggedActivity: boolean;
  onAnswer: (action: Exclude<PostMeetingLog['action'], 'draft'>) => void;
  /** What else the place offers (Later, Back to the list). */
  children?: ReactNode;
}

/** Save (the form's submit), Save and close all, Discard after a confirmation in place, and the place's own. */
export function AfterCallActions({ canSave, canDiscard, saveAllCount, keepsLoggedActivity, onAnswer, children }: AfterCallActionsProps) {
  const { t } = useTranslation();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  if (confirmingDiscard) {
    return (
      <InlineConfirm
        question={t(keepsLoggedActivity ? 'meetingLog.panel.discardQuestionLogged' : 'meetingLog.panel.discardQuestion')}
        confirmLabel={t('meetingLog.panel.discardConfirm')}
        cancelLabel={t('meetingLog.panel.discardCancel')}
        onConfirm={() => {
          setConfirmingDiscard(false);
          onAnswer('discard');
        }}
        onCancel={() => setConfirmingDiscard(false)}
      />
    );
  }
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" aria-disabled={!canSave || undefined}>
        {t('meetingLog.panel.save')}
      </button>
      {saveAllCount > 0 && (
        <button type="button" className="button" aria-disabled={!canSave || undefined} onClick={() => onAnswer('save-close-all')}>
          {t('meetingLog.panel.saveAll', { count: saveAllCount })}
        </button>
      )}
      <button type="button" className="button" aria-disabled={!canDiscard || undefined} onClick={() => setConfirmingDiscard(true)}>
        {t('meetingLog.panel.discard')}
      </button>
      {children}
    </div>
  );
}
