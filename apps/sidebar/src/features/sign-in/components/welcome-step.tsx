import type { GainsightSession } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { Screen } from '@/components/ui/screen';
import { EnvironmentBadge } from '@/components/ui/environment-badge';

interface WelcomeStepProps {
  gainsight: GainsightSession;
  onContinue: () => void;
}

/** "Welcome to Gainsight", right after signing in: who and which domain, before the tabs. */
export function WelcomeStep({ gainsight, onContinue }: WelcomeStepProps) {
  const { t } = useTranslation();
  const { user, domain } = gainsight;

  return (
    <Screen title={t('signIn.welcome.title', { name: user.displayName })}>
      <dl className="facts">
        <dt>{t('signIn.welcome.domain')}</dt>
        <dd>
          {domain.name} <EnvironmentBadge environment={domain.environment} />
          <br />
          <span className="muted">{domain.host}</span>
        </dd>
        <dt>{t('signIn.welcome.user')}</dt>
        <dd>{user.username}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t('signIn.welcome.continue')}
        </button>
      </div>
    </Screen>
  );
}
