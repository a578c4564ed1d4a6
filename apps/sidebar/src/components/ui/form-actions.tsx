import { useTranslation } from 'react-i18next';
import { WaitingToSend } from './waiting-to-send';

interface FormActionsProps {
  /** Whose words: each of these has save, saving and cancel. */
  texts: 'scorecard.edit' | 'people.form' | 'attributes' | 'ctas.new';
  /** The form's write: while it is on its way the submit button says so and does nothing. */
  write: { isPending: boolean };
  onCancel: () => void;
  /** The write is held back by the connection; undefined where the form shows that elsewhere. */
  waiting?: boolean;
}

/** An inline form's end: its submit (primary), Cancel, and "waiting to send" while the connection holds the write. */
export function FormActions({ texts, write, onCancel, waiting }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={write.isPending || undefined}>
          {write.isPending ? t(`${texts}.saving`) : t(`${texts}.save`)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t(`${texts}.cancel`)}
        </button>
      </div>
      {waiting !== undefined && <WaitingToSend waiting={waiting} />}
    </>
  );
}
