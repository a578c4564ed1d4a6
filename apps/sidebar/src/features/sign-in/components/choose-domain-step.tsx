import type { DomainChoice } from '@c360/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { EnvironmentBadge } from '@/components/ui/environment-badge';
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
  const [domainId, setDomainId] = useState(initialDomainId ?? domains[0]?.id);
  const byId = new Map(domains.map((domain) => [domain.id, domain]));

  function submit() {
    const domain = domainId === undefined ? undefined : byId.get(domainId);
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
      <ChoiceGroup
        legend={t('signIn.chooseDomain.label')}
        options={domains.map((domain) => domain.id)}
        value={domainId}
        onChange={setDomainId}
        titleOf={(id) => {
          const domain = byId.get(id)!;
          return (
            <>
              {domain.host} <EnvironmentBadge environment={domain.environment} />
            </>
          );
        }}
        descriptionOf={(id) => byId.get(id)!.name}
      />
    </StepForm>
  );
}
