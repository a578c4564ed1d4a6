import type { GainsightSession } from '@c360/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EnvironmentBadge } from './environment-badge';
import './sign-in.css';

interface WelcomeStepProps {
  gainsight: GainsightSession;
  onContinue: () => void;
}

/** "Welcome to Gainsight", right after signing in: who and which domain, before the tabs. */
export function WelcomeStep({ gainsight, onContinue }: WelcomeStepProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { user, domain } = gainsight;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="sign-in sign-in--welcome screen" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
        {t('signIn.welcome.title', { name: user.displayName })}
      </h2>
      <dl className="sign-in__facts">
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
    </section>
  );
}
