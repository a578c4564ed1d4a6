import type { DomainChoice } from '@c360/contracts';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EnvironmentBadge } from './environment-badge';
import { StepForm } from './step-form';

interface ChooseDomainStepProps {
  username: string;
  domains: DomainChoice[];
  initialDomainId: string | undefined;
  onBack: () => void;
  onNext: (domain: DomainChoice) => void;
  intro?: ReactNode;
  submitLabel?: string;
  busy?: boolean;
  alert?: ReactNode;
}

/** One domain with several environments (production, sandbox): the user picks one. */
export function ChooseDomainStep({ username, domains, initialDomainId, onBack, onNext, intro, submitLabel, busy, alert }: ChooseDomainStepProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const name = useId();
  const [domainId, setDomainId] = useState(initialDomainId ?? domains[0]?.id);

  function submit() {
    const domain = domains.find((candidate) => candidate.id === domainId);
    if (domain) onNext(domain);
  }

  return (
    <StepForm
      title={t('signIn.chooseDomain.title')}
      intro={intro ?? t('signIn.as', { username })}
      submitLabel={submitLabel ?? t('signIn.next')}
      busy={busy}
      alert={alert}
      onSubmit={submit}
      onBack={onBack}
    >
      <fieldset className="choices" aria-labelledby={legendId}>
        <legend id={legendId} className="field__label">
          {t('signIn.chooseDomain.label')}
        </legend>
        {domains.map((domain) => (
          <label key={domain.id} className="choice">
            <input type="radio" name={name} value={domain.id} checked={domain.id === domainId} onChange={() => setDomainId(domain.id)} />
            <span className="choice__text">
              <span className="choice__title">
                {domain.host} <EnvironmentBadge environment={domain.environment} />
              </span>
              <span className="choice__description">{domain.name}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </StepForm>
  );
}
