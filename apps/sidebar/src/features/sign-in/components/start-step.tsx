import { useTranslation } from 'react-i18next';
import { LegalLinks } from '@/components/ui/legal-links';
import { Screen } from '@/components/ui/screen';
import { useLoginMethods } from '@/hooks/use-login-methods';

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
  const methods = useLoginMethods();

  return (
    <Screen title={t('signIn.start.title')} autoFocus={autoFocus}>
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
      <LegalLinks />
    </Screen>
  );
}
