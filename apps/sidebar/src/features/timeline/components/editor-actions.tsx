import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '../../../components/ui/inline-confirm';

interface EditorActionsProps {
  /** A save or log the user asked for is on its way. */
  busy: boolean;
  /** What Cancel asks before it throws something away; null when there is nothing to lose. */
  cancelQuestion: string | null;
  onSaveDraft: () => void;
  onCancel: () => void;
}

/** Log (the form's submit), Save draft and Cancel, which asks first when it would lose the user's words. */
export function EditorActions({ busy, cancelQuestion, onSaveDraft, onCancel }: EditorActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [kept, setKept] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);

  // "Keep editing" puts focus back where the question came from.
  useEffect(() => {
    if (kept) cancelButton.current?.focus();
  }, [kept]);

  if (confirming && cancelQuestion !== null) {
    return (
      <InlineConfirm
        question={cancelQuestion}
        confirmLabel={t('timeline.editor.discard')}
        cancelLabel={t('timeline.editor.keepEditing')}
        onConfirm={onCancel}
        onCancel={() => {
          setConfirming(false);
          setKept(true);
        }}
      />
    );
  }
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {t('timeline.editor.log')}
      </button>
      <button type="button" className="button" aria-disabled={busy} onClick={onSaveDraft}>
        {t('timeline.editor.saveDraft')}
      </button>
      <button
        type="button"
        ref={cancelButton}
        className="button"
        onBlur={() => setKept(false)}
        onClick={() => (cancelQuestion === null ? onCancel() : setConfirming(true))}
      >
        {t('timeline.editor.cancel')}
      </button>
    </div>
  );
}
