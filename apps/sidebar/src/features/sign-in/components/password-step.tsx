import type { LoginRequest, SessionView } from '@c360/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api-client';
import { useSignIn } from '../hooks/use-sign-in';
import { signInFailureOf, type SignInFailure } from '../lib/sign-in-failure';
import { domainFieldsOf, hasDomainFieldError, type SignInTarget } from '../lib/sign-in-steps';
import { EnvironmentBadge } from '@/components/ui/environment-badge';
import { SignInAlert } from './sign-in-alert';
import { StepForm } from './step-form';
import { TextField } from '@/components/ui/field';

interface PasswordStepProps {
  username: string;
  target: SignInTarget;
  onBack: () => void;
  onSignedIn: (view: SessionView) => void;
  /** A typed domain the BFF rejected: the domain screen shows why. */
  onDomainRejected: (fieldErrors: Record<string, string>) => void;
}

export function PasswordStep({ username, target, onBack, onSignedIn, onDomainRejected }: PasswordStepProps) {
  const { t } = useTranslation();
  // Only ever in this input's state and the request body: never echoed, logged or kept after a failure.
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<SignInFailure>();
  const passwordRef = useRef<HTMLInputElement>(null);
  const signIn = useSignIn(onSignedIn);

  function submit() {
    setMissing(password === '');
    if (password === '') return;
    setFailure(undefined);
    const body: LoginRequest = { username, password, ...domainFieldsOf(target) };
    signIn.mutate(body, {
      onError: (error) => {
        setPassword('');
        const next = signInFailureOf(toApiError(error));
        if (next.kind === 'fields' && hasDomainFieldError(next.fields)) return onDomainRejected(next.fields);
        setFailure(next);
        passwordRef.current?.focus();
      },
    });
  }

  const where =
    target.kind === 'chosen' ? (
      <>
        {target.domain.host} <EnvironmentBadge environment={target.domain.environment} />
      </>
    ) : (
      <>
        {target.domainUrl} <span className="badge">{t(`signIn.dataCenters.${target.dataCenter}.name`)}</span>
      </>
    );
  const fieldError = missing ? t('signIn.password.required') : failure?.kind === 'fields' ? failure.fields.password : undefined;

  return (
    <StepForm
      title={t('signIn.password.title')}
      intro={
        <>
          {t('signIn.as', { username })}
          <br />
          {where}
        </>
      }
      submitLabel={t('signIn.password.submit')}
      busy={signIn.isPending}
      onSubmit={submit}
      onBack={onBack}
      alert={<SignInAlert failure={failure} />}
    >
      <TextField
        inputRef={passwordRef}
        label={t('signIn.password.label')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError}
      />
    </StepForm>
  );
}
