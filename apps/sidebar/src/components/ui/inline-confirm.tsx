import { useEffect, useId, useRef } from 'react';
import './inline-confirm.css';

interface InlineConfirmProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A question in place of the button that asked it (no window.confirm: Zoom's embedded browser may block
 * dialogs). Focus starts on the safe choice.
 */
export function InlineConfirm({ question, confirmLabel, cancelLabel, onConfirm, onCancel }: InlineConfirmProps) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={id} className="inline-confirm">
      <p id={id} className="inline-confirm__question">
        {question}
      </p>
      <div className="actions">
        <button type="button" ref={cancel} className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button inline-confirm__confirm" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
