import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoginMethods } from '../api/get-login-methods';

interface StartStepProps {
  autoFocus: boolean;
  /** Why the previous Gainsight sign-in no longer admits this user (licence or admin policy). */
  refusedReason: string | undefined;
  onStart: () => void;
  onSalesforce: () => void;
}

/** "Sign in to Gainsight": what the sidebar shows until someone signs in. */
export function StartStep({ autoFocus, refusedReason, onStart, onSalesforce }: StartStepProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const methods = useLoginMethods();

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  return (
    <section className="sign-in sign-in--start screen" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
        {t('signIn.start.title')}
      </h2>
      <p className="screen-intro">{t('signIn.start.intro')}</p>
      {refusedReason && (
        <div role="alert" className="alert">
          <p className="alert__title">{t('signIn.start.refused')}</p>
          <p>{refusedReason}</p>
        </div>
      )}
      <div className="actions actions--stacked">
        <button type="button" className="button button--primary" onClick={onStart}>
          {t('signIn.start.signIn')}
        </button>
        {methods.data?.salesforce && (
          <button type="button" className="button" onClick={onSalesforce}>
            {t('signIn.start.salesforce')}
          </button>
        )}
      </div>
    </section>
  );
}
