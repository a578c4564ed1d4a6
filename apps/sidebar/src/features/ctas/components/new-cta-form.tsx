import { CTA_PRIORITIES, CTA_REASONS, CTA_TYPES, type Cta, type CtaPriority, type CtaType } from '@c360/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/ui/form-actions';
import { SelectField, TextField } from '@/components/ui/field';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import { toApiError } from '@/lib/api-client';
import { useCreateCta } from '../api/create-cta';
import type { CtaSubject } from '../api/get-ctas';
import { useAssignableUsers } from '../api/get-users';
import { dueDateIn } from '../lib/due-date';

const FIELDS = ['subject', 'type', 'reason', 'dueDate', 'ownerId', 'priority'] as const;
type FormField = (typeof FIELDS)[number];
type Errors = Partial<Record<FormField, string>>;
const isField = (path: string): path is FormField => (FIELDS as readonly string[]).includes(path);

interface NewCtaFormProps {
  /** The company or relationship the CTA is filed on: the one the tab shows. */
  subject: CtaSubject;
  me: { id: string; displayName: string };
  onCreated: (cta: Cta) => void;
  onCancel: () => void;
}

/**
 * "New CTA" on the CTAs tab: a name, its type and a reason of that type, priority, due date and owner. Sent
 * through the write queue like every write, so it survives a dropped connection and is created once.
 */
export function NewCtaForm({ subject, me, onCreated, onCancel }: NewCtaFormProps) {
  const { t } = useTranslation();
  const nameInput = useFocusOnMount<HTMLInputElement>();
  const [name, setName] = useState('');
  const [type, setType] = useState<CtaType>('ACTIVITY');
  const [reason, setReason] = useState('');
  const [priority, setPriority] = useState<CtaPriority>('MEDIUM');
  const [dueDate, setDueDate] = useState(() => dueDateIn(7));
  const [ownerId, setOwnerId] = useState(me.id);
  const [errors, setErrors] = useState<Errors>({});
  const users = useAssignableUsers();
  const create = useCreateCta();
  const others = (users.data ?? []).filter((user) => user.id !== me.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    if (name.trim() === '') {
      setErrors({ subject: t('ctas.new.invalid.subject') });
      nameInput.current?.focus();
      return;
    }
    setErrors({});
    const filedOn = subject.kind === 'company' ? { companyId: subject.id } : { relationshipId: subject.id };
    create.mutate(
      { ...filedOn, subject: name, type, ...(reason === '' ? {} : { reason }), priority, dueDate, ownerId },
      {
        onSuccess: onCreated,
        onError: (error) => {
          const invalid: Errors = {};
          for (const path of Object.keys(toApiError(error).fieldErrors())) if (isField(path)) invalid[path] = t(`ctas.new.invalid.${path}`);
          setErrors(invalid);
        },
      },
    );
  };

  const failure = create.isError ? toApiError(create.error) : null;
  return (
    <form className="panel new-cta" aria-label={t('ctas.new.title')} noValidate onSubmit={submit}>
      <TextField
        label={t('ctas.new.name')}
        inputRef={nameInput}
        maxLength={240}
        value={name}
        error={errors.subject}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="new-cta__row">
        <SelectField
          label={t('ctas.new.type')}
          value={type}
          options={CTA_TYPES.map((candidate) => ({ value: candidate, label: t(`ctas.new.types.${candidate}`) }))}
          error={errors.type}
          onChange={(chosen) => {
            setType(chosen);
            // Reasons belong to a type: another type's reason would be refused.
            setReason('');
          }}
        />
        <SelectField
          label={t('ctas.new.reason')}
          value={reason}
          options={[
            { value: '', label: t('ctas.new.noReason') },
            ...CTA_REASONS[type].map((candidate) => ({ value: candidate, label: t(`ctas.new.reasons.${candidate}`) })),
          ]}
          error={errors.reason}
          onChange={setReason}
        />
      </div>
      <div className="new-cta__row">
        <SelectField
          label={t('ctas.form.priority')}
          value={priority}
          options={CTA_PRIORITIES.map((candidate) => ({ value: candidate, label: t(`ctas.priority.${candidate}`) }))}
          error={errors.priority}
          onChange={setPriority}
        />
        <TextField
          label={t('ctas.form.dueDate')}
          type="date"
          min={dueDateIn(0)}
          value={dueDate}
          error={errors.dueDate}
          onChange={(event) => {
            if (event.target.value !== '') setDueDate(event.target.value);
          }}
        />
      </div>
      <SelectField
        label={t('ctas.form.owner')}
        value={ownerId}
        options={[{ value: me.id, label: t('ctas.form.me', { name: me.displayName }) }, ...others.map((user) => ({ value: user.id, label: user.displayName }))]}
        error={errors.ownerId}
        onChange={setOwnerId}
      />
      {failure && Object.keys(failure.fieldErrors()).every((path) => !isField(path)) && (
        <p role="alert" className="field__error">
          {t('ctas.new.failed', { reason: failure.message })}
        </p>
      )}
      <FormActions texts="ctas.new" write={create} onCancel={onCancel} waiting={create.waiting} />
    </form>
  );
}
