import { createApiKeySchema, type CreatedApiKey } from '@c360/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { PendingAction } from '@/components/ui/pending-action';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { toApiError } from '@/lib/api-client';
import { useCreateApiKey } from '../api/create-api-key';

interface NewApiKeyFormProps {
  onCreated: (created: CreatedApiKey) => void;
  /** Focus the name on mount (back from the new key, not on the screen's opening, when the title has it). */
  autoFocus: boolean;
}

/** A key by name (the integration that will use it); the name is checked with the contract before it is sent. */
export function NewApiKeyForm({ onCreated, autoFocus }: NewApiKeyFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const create = useCreateApiKey(onCreated);
  const input = useFocusOnMount<HTMLInputElement>(autoFocus);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = createApiKeySchema.safeParse({ name });
    setInvalid(!parsed.success);
    if (!parsed.success) {
      input.current?.focus();
      return;
    }
    create.mutate(parsed.data, {
      onError: (error) => {
        if ('name' in toApiError(error).fieldErrors()) {
          setInvalid(true);
          input.current?.focus();
        }
      },
    });
  };

  const failure = create.isError ? toApiError(create.error) : null;
  return (
    <form className="stack api-keys__form" aria-label={t('admin.apiKeys.form.label')} noValidate onSubmit={submit}>
      <TextField
        inputRef={input}
        label={t('admin.apiKeys.form.name')}
        hint={t('admin.apiKeys.form.nameHint')}
        error={invalid ? t('admin.apiKeys.form.nameInvalid') : null}
        value={name}
        maxLength={100}
        required
        autoComplete="off"
        onChange={(event) => {
          setName(event.target.value);
          create.reset();
        }}
      />
      {failure && !invalid && (
        <p role="alert" className="field__error">
          {t('admin.apiKeys.form.failed', { reason: failure.message })}
        </p>
      )}
      <PendingAction label={t('admin.apiKeys.form.create')} pendingLabel={t('admin.apiKeys.form.creating')} pending={create.isPending} primary />
      <WaitingToSend waiting={create.waiting} />
    </form>
  );
}
