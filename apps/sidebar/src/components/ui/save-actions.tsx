import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api-client';

interface SaveActionsProps {
  /** The save mutation's state. */
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
  /** What a successful save changed, for the status line. */
  savedLabel: string;
  /** Why a save failed, when a screen says more than "Couldn't save". */
  failedLabel?: (detail: string) => string;
}

/** The end of an admin form: the submit button, "saved" for screen readers and eyes, and why a save failed. */
export function SaveActions({ isPending, isSuccess, error, savedLabel, failedLabel }: SaveActionsProps) {
  const { t } = useTranslation();
  const failure = error ? toApiError(error) : undefined;
  const failed = failedLabel ?? ((detail: string) => t('app.saveFailed', { detail }));
  return (
    <>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={isPending || undefined}>
          {isPending ? t('app.saving') : t('app.save')}
        </button>
      </div>
      <p role="status" className="admin-screen__saved">
        {isSuccess ? savedLabel : ''}
      </p>
      {failure && (
        <div role="alert" className="alert">
          <p>{failure.status === 0 ? t('signIn.errors.network') : failed(failure.problem.detail ?? failure.problem.title)}</p>
        </div>
      )}
    </>
  );
}
