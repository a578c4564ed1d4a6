import { dataCenterOfDomain, HOST_EXAMPLES, type DataCenter, type LoginLookupResponse } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api-client';
import { useLookUpLogin } from '../hooks/use-look-up-login';
import { signInFailureOf } from '../lib/sign-in-failure';
import { DataCenterPicker } from './data-center-picker';
import { SignInAlert } from './sign-in-alert';
import { StepForm } from './step-form';
import { TextField } from '@/components/ui/field';

interface EnterDomainStepProps {
  username: string;
  domainUrl: string;
  dataCenter: DataCenter;
  /** From the sign-in's 400 for the domain and data centre last submitted (the BFF checks them again there). */
  fieldErrors: Record<string, string> | undefined;
  onBack: () => void;
  /** What was entered, and the look-up's answer for it (the password, as the domain fits its data centre). */
  onNext: (domainUrl: string, dataCenter: DataCenter, lookup: LoginLookupResponse) => void;
}

/**
 * Several domains, or a name the service does not reveal: the user types the domain and its data centre. A
 * host that names its data centre chooses it; a mismatch is told here, by the look-up, before the password.
 */
export function EnterDomainStep({ username, domainUrl: initialUrl, dataCenter: initialDataCenter, fieldErrors, onBack, onNext }: EnterDomainStepProps) {
  const { t } = useTranslation();
  const [domainUrl, setDomainUrl] = useState(initialUrl);
  const [dataCenter, setDataCenter] = useState(initialDataCenter);
  const [chosenFromDomain, setChosenFromDomain] = useState<DataCenter>();
  const [missing, setMissing] = useState(false);
  // The sign-in's objection holds until the user changes what it was about.
  const [signInErrors, setSignInErrors] = useState(fieldErrors);
  const lookUp = useLookUpLogin();
  const failure = lookUp.error ? signInFailureOf(toApiError(lookUp.error)) : undefined;
  const errors = failure?.kind === 'fields' ? failure.fields : signInErrors;
  const rejectedDataCenter = failure?.kind === 'fields' ? lookUp.variables?.dataCenter : initialDataCenter;

  // The BFF's wording is English; the mismatch it reports is explained here in the user's language.
  const domainError = missing
    ? t('signIn.enterDomain.required')
    : errors?.domainUrl !== undefined && rejectedDataCenter !== undefined
      ? t('signIn.enterDomain.mismatch', { dataCenter: rejectedDataCenter, example: HOST_EXAMPLES[rejectedDataCenter] })
      : undefined;

  function edited() {
    lookUp.reset();
    setSignInErrors(undefined);
  }

  function changeDomain(value: string) {
    setDomainUrl(value);
    edited();
    const named = dataCenterOfDomain(value);
    if (named) setDataCenter(named);
    setChosenFromDomain(named);
  }

  function changeDataCenter(value: DataCenter) {
    setDataCenter(value);
    setChosenFromDomain(undefined);
    edited();
  }

  function submit() {
    const trimmed = domainUrl.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    lookUp.mutate({ username, domainUrl: trimmed, dataCenter }, { onSuccess: (lookup) => onNext(trimmed, dataCenter, lookup) });
  }

  return (
    <StepForm
      title={t('signIn.enterDomain.title')}
      intro={t('signIn.as', { username })}
      submitLabel={t('signIn.next')}
      busy={lookUp.isPending}
      onSubmit={submit}
      onBack={onBack}
      alert={<SignInAlert failure={failure} />}
    >
      <TextField
        label={t('signIn.enterDomain.domainLabel')}
        hint={t('signIn.enterDomain.domainHint')}
        name="domainUrl"
        type="text"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellCheck={false}
        placeholder={HOST_EXAMPLES[dataCenter]}
        value={domainUrl}
        onChange={(event) => changeDomain(event.target.value)}
        error={domainError}
      />
      <DataCenterPicker value={dataCenter} onChange={changeDataCenter} error={errors?.dataCenter} />
      {/* Always rendered, so the choice made for the user is announced when it appears. */}
      <p role="status" className="field__hint">
        {chosenFromDomain && t('signIn.enterDomain.chosenFromDomain', { dataCenter: t(`signIn.dataCenters.${chosenFromDomain}.name`) })}
      </p>
    </StepForm>
  );
}
