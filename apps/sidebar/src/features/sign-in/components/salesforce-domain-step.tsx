import type { SalesforceDomainChoice, SessionView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api-client';
import { useCompleteSalesforceSignIn } from '../hooks/use-sign-in';
import { signInFailureOf } from '../lib/sign-in-failure';
import { ChooseDomainStep } from './choose-domain-step';
import { SignInAlert } from './sign-in-alert';

interface SalesforceDomainStepProps {
  choice: SalesforceDomainChoice;
  onBack: () => void;
  onSignedIn: (view: SessionView) => void;
}

/** Salesforce vouched for an e-mail that several Gainsight domains know: the user picks the domain. */
export function SalesforceDomainStep({ choice, onBack, onSignedIn }: SalesforceDomainStepProps) {
  const { t } = useTranslation();
  const complete = useCompleteSalesforceSignIn(onSignedIn);
  const failure = complete.error ? signInFailureOf(toApiError(complete.error)) : undefined;
  return (
    <ChooseDomainStep
      username={choice.email}
      domains={choice.domains}
      initialDomainId={undefined}
      intro={t('signIn.salesforce.as', { email: choice.email })}
      submitLabel={t('signIn.password.submit')}
      busy={complete.isPending}
      alert={<SignInAlert failure={failure} />}
      onBack={onBack}
      onNext={(domain) => complete.mutate({ domainId: domain.id })}
    />
  );
}
