import { WaitingToSend } from './waiting-to-send';

interface FormActionsProps {
  /** The form's write is on its way: the submit button says so and does nothing. */
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** The write is held back by the connection; undefined where the form shows that elsewhere. */
  waiting?: boolean;
}

/** An inline form's end: its submit (primary), Cancel, and "waiting to send" while the connection holds the write. */
export function FormActions({ busy, submitLabel, busyLabel, cancelLabel, onCancel, waiting }: FormActionsProps) {
  return (
    <>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
      {waiting !== undefined && <WaitingToSend waiting={waiting} />}
    </>
  );
}
