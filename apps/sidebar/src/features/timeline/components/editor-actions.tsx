import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '@/components/ui/inline-confirm';

interface EditorActionsProps {
  /** A save or log the user asked for is on its way. */
  busy: boolean;
  /** What Cancel asks before it throws something away; null when there is nothing to lose. */
  cancelQuestion: string | null;
  /** An already logged activity: its edits are saved (it stays logged), there is no draft to save. */
  logged: boolean;
  onSaveDraft: () => void;
  onCancel: () => void;
}

/** Log (the form's submit; Save for a logged activity), Save draft and Cancel, which asks first when it would lose the user's words. */
export function EditorActions({ busy, cancelQuestion, logged, onSaveDraft, onCancel }: EditorActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // Each "Keep editing" puts focus back where the question came from.
  const [keptTimes, setKeptTimes] = useState(0);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (keptTimes > 0) cancelButton.current?.focus();
  }, [keptTimes]);

  if (confirming && cancelQuestion !== null) {
    return (
      <InlineConfirm
        question={cancelQuestion}
        confirmLabel={t('timeline.editor.discard')}
        cancelLabel={t('timeline.editor.keepEditing')}
        onConfirm={onCancel}
        onCancel={() => {
          setConfirming(false);
          setKeptTimes(keptTimes + 1);
        }}
      />
    );
  }
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {logged ? t('timeline.loggedEdit.save') : t('timeline.editor.log')}
      </button>
      {!logged && (
        <button type="button" className="button" aria-disabled={busy} onClick={onSaveDraft}>
          {t('timeline.editor.saveDraft')}
        </button>
      )}
      <button type="button" ref={cancelButton} className="button" onClick={() => (cancelQuestion === null ? onCancel() : setConfirming(true))}>
        {t('timeline.editor.cancel')}
      </button>
    </div>
  );
}
