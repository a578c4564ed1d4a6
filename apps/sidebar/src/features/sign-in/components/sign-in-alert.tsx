import { useTranslation } from 'react-i18next';
import type { SignInFailure } from '../lib/sign-in-failure';

interface SignInAlertProps {
  failure: SignInFailure | undefined;
  id?: string;
}

/** A failure of the whole step (not of one field), announced as soon as it appears. */
export function SignInAlert({ failure, id }: SignInAlertProps) {
  const { t, i18n } = useTranslation();
  if (!failure || failure.kind === 'fields') return null;
  const message = (() => {
    switch (failure.kind) {
      case 'credentials':
        return { text: t('signIn.errors.credentials') };
      case 'licence':
        return { title: t('signIn.errors.licenceTitle'), text: t('signIn.errors.licence') };
      case 'policy':
        return {
          title: t('signIn.errors.policyTitle'),
          text: failure.policy === 'nobody' ? t('signIn.errors.policyNobody') : t('signIn.errors.policySelected'),
        };
      case 'forbidden':
        return { text: failure.detail ?? t('signIn.errors.forbidden') };
      case 'rate-limited':
        return {
          text:
            failure.seconds === undefined
              ? t('signIn.errors.rateLimited')
              : t('signIn.errors.rateLimitedFor', {
                  duration: new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(failure.seconds),
                }),
        };
      case 'expired':
        return { text: t('signIn.errors.expired') };
      case 'network':
        return { text: t('signIn.errors.network') };
      case 'unexpected':
        return { text: t('signIn.errors.unexpected') };
    }
  })();
  return (
    <div id={id} role="alert" className="alert">
      {message.title && <p className="alert__title">{message.title}</p>}
      <p>{message.text}</p>
    </div>
  );
}
