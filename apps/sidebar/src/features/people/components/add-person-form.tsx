import { addPersonSchema, type AddPersonResult, type MeetingParticipantView, type MeetingSubject } from '@c360/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import { FormActions } from '@/components/ui/form-actions';
import { toApiError } from '@/lib/api-client';
import { useAddPerson } from '../api/add-person';
import { splitName } from '../lib/split-name';

const FIELDS = ['firstName', 'lastName', 'email', 'title', 'role'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

const isField = (path: string): path is Field => (FIELDS as readonly string[]).includes(path);

interface AddPersonFormProps {
  participant: MeetingParticipantView;
  meetingUuid: string;
  subject: MeetingSubject;
  onAdded: (person: AddPersonResult) => void;
  onCancel: () => void;
}

/** "Add as person": pre-filled from the attendee, checked with the server's own schema before sending. */
export function AddPersonForm({ participant, meetingUuid, subject, onAdded, onCancel }: AddPersonFormProps) {
  const { t } = useTranslation();
  const firstField = useFocusOnMount<HTMLInputElement>();
  const [values, setValues] = useState<Values>(() => ({ ...splitName(participant.displayName), email: participant.email ?? '', title: '', role: '' }));
  const [errors, setErrors] = useState<Errors>({});
  const add = useAddPerson();

  const subjectIds = subject.kind === 'company' ? { companyId: subject.id } : { companyId: subject.companyId ?? '', relationshipId: subject.id };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const person = { ...values, ...subjectIds };
    const parsed = addPersonSchema.safeParse(person);
    if (!parsed.success) {
      const invalid: Errors = {};
      for (const issue of parsed.error.issues) {
        const path = String(issue.path[0]);
        if (isField(path)) invalid[path] ??= t(`people.form.invalid.${path}`);
      }
      setErrors(invalid);
      return;
    }
    setErrors({});
    add.mutate(
      { person, participant: { meetingUuid, participantUuid: participant.participantUuid } },
      {
        onSuccess: onAdded,
        onError: (error) => {
          const invalid: Errors = {};
          for (const path of Object.keys(toApiError(error).fieldErrors())) if (isField(path)) invalid[path] = t(`people.form.invalid.${path}`);
          setErrors(invalid);
        },
      },
    );
  };

  const field = (name: Field, type: 'text' | 'email', required: boolean, ref?: typeof firstField) => (
    <TextField
      inputRef={ref}
      label={
        <>
          {t(`people.form.${name}`)}
          {!required && <span className="muted"> {t('people.form.optional')}</span>}
        </>
      }
      type={type}
      value={values[name]}
      required={required}
      autoComplete="off"
      error={errors[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );

  const failure = add.isError ? toApiError(add.error) : null;
  return (
    <form className="stack" aria-label={t('people.form.label', { name: participant.displayName })} noValidate onSubmit={submit}>
      {field('firstName', 'text', true, firstField)}
      {field('lastName', 'text', true)}
      {field('email', 'email', true)}
      {field('title', 'text', false)}
      {field('role', 'text', false)}
      {failure && Object.keys(failure.fieldErrors()).length === 0 && (
        <p role="alert" className="field__error">
          {t('people.form.failed', { reason: failure.message })}
        </p>
      )}
      <FormActions texts="people.form" write={add} onCancel={onCancel} waiting={add.waiting} />
    </form>
  );
}
