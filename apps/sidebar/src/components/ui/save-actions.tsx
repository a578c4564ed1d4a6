import { useTranslation } from 'react-i18next';
import { toApiError } from '../../lib/api-client';

interface SaveActionsProps {
  /** The save mutation's state. */
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
  labels: { save: string; saving: string; saved: string; failed: (detail: string) => string };
}

/** The end of an admin form: the submit button, "saved" for screen readers and eyes, and why a save failed. */
export function SaveActions({ isPending, isSuccess, error, labels }: SaveActionsProps) {
  const { t } = useTranslation();
  const failure = error ? toApiError(error) : undefined;
  return (
    <>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={isPending || undefined}>
          {isPending ? labels.saving : labels.save}
        </button>
      </div>
      <p role="status" className="admin-screen__saved">
        {isSuccess ? labels.saved : ''}
      </p>
      {failure && (
        <div role="alert" className="alert">
          <p>{failure.status === 0 ? t('signIn.errors.network') : labels.failed(failure.problem.detail ?? failure.problem.title)}</p>
        </div>
      )}
    </>
  );
}
