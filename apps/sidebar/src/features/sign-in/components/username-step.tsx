import type { LoginLookupResponse } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api-client';
import { useLookUpLogin } from '../hooks/use-look-up-login';
import { signInFailureOf } from '../lib/sign-in-failure';
import { SignInAlert } from './sign-in-alert';
import { StepForm } from './step-form';
import { TextField } from '@/components/ui/field';

interface UsernameStepProps {
  initialUsername: string;
  onBack: () => void;
  onNext: (username: string, lookup: LoginLookupResponse) => void;
}

export function UsernameStep({ initialUsername, onBack, onNext }: UsernameStepProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername);
  const [missing, setMissing] = useState(false);
  const lookUp = useLookUpLogin();
  const failure = lookUp.error ? signInFailureOf(toApiError(lookUp.error)) : undefined;
  const serverFieldError = failure?.kind === 'fields' ? failure.fields.username : undefined;

  function submit() {
    const trimmed = username.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    lookUp.mutate({ username: trimmed }, { onSuccess: (lookup) => onNext(trimmed, lookup) });
  }

  return (
    <StepForm
      title={t('signIn.username.title')}
      intro={t('signIn.username.intro')}
      submitLabel={t('signIn.next')}
      busy={lookUp.isPending}
      onSubmit={submit}
      onBack={onBack}
      alert={<SignInAlert failure={failure} />}
    >
      <TextField
        label={t('signIn.username.label')}
        name="username"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={missing ? t('signIn.username.required') : serverFieldError}
      />
    </StepForm>
  );
}
