import type { DataCenter } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_CENTER_EXAMPLES } from '../lib/sign-in-steps';
import { DataCenterPicker } from './data-center-picker';
import { StepForm } from './step-form';
import { TextField } from '@/components/ui/field';

interface EnterDomainStepProps {
  username: string;
  domainUrl: string;
  dataCenter: DataCenter;
  /** From the BFF's 400 for the domain and data centre last submitted. */
  fieldErrors: Record<string, string> | undefined;
  onBack: () => void;
  onNext: (domainUrl: string, dataCenter: DataCenter) => void;
}

/** Several domains, or a name the service does not reveal: the user types the domain and its data centre. */
export function EnterDomainStep({ username, domainUrl: initialUrl, dataCenter: initialDataCenter, fieldErrors, onBack, onNext }: EnterDomainStepProps) {
  const { t } = useTranslation();
  const [domainUrl, setDomainUrl] = useState(initialUrl);
  const [dataCenter, setDataCenter] = useState(initialDataCenter);
  const [missing, setMissing] = useState(false);

  // The BFF's wording is English; the mismatch it reports is explained here in the user's language.
  const domainError = missing
    ? t('signIn.enterDomain.required')
    : fieldErrors?.domainUrl !== undefined
      ? t('signIn.enterDomain.mismatch', { dataCenter: initialDataCenter, example: DATA_CENTER_EXAMPLES[initialDataCenter] })
      : undefined;

  function submit() {
    const trimmed = domainUrl.trim();
    setMissing(trimmed === '');
    if (trimmed !== '') onNext(trimmed, dataCenter);
  }

  return (
    <StepForm title={t('signIn.enterDomain.title')} intro={t('signIn.as', { username })} submitLabel={t('signIn.next')} onSubmit={submit} onBack={onBack}>
      <TextField
        label={t('signIn.enterDomain.domainLabel')}
        hint={t('signIn.enterDomain.domainHint')}
        name="domainUrl"
        type="text"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellCheck={false}
        placeholder={DATA_CENTER_EXAMPLES[dataCenter]}
        value={domainUrl}
        onChange={(event) => setDomainUrl(event.target.value)}
        error={domainError}
      />
      <DataCenterPicker value={dataCenter} onChange={setDataCenter} error={fieldErrors?.dataCenter} />
    </StepForm>
  );
}
