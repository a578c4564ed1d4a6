import { addPersonSchema, type AddPersonResult, type MeetingParticipantView, type MeetingSubject } from '@c360/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitingToSend } from '../../../components/ui/waiting-to-send';
import { toApiError } from '../../../lib/api-client';
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
  const id = useId();
  const firstField = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Values>(() => ({ ...splitName(participant.displayName), email: participant.email ?? '', title: '', role: '' }));
  const [errors, setErrors] = useState<Errors>({});
  const add = useAddPerson();

  useEffect(() => firstField.current?.focus(), []);

  const subjectIds =
    subject.kind === 'company' ? { companyId: subject.id } : { companyId: subject.companyId ?? '', relationshipId: subject.id };

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

  const field = (name: Field, type: 'text' | 'email', required: boolean, autoComplete: string, ref?: typeof firstField) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {t(`people.form.${name}`)}
        {!required && <span className="muted"> {t('people.form.optional')}</span>}
      </label>
      <input
        ref={ref}
        id={`${id}-${name}`}
        className="field__input"
        type={type}
        value={values[name]}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={errors[name] !== undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      />
      {errors[name] && (
        <p id={`${id}-${name}-error`} className="field__error">
          {errors[name]}
        </p>
      )}
    </div>
  );

  const failure = add.isError ? toApiError(add.error) : null;
  return (
    <form className="add-person" aria-label={t('people.form.label', { name: participant.displayName })} noValidate onSubmit={submit}>
      {field('firstName', 'text', true, 'off', firstField)}
      {field('lastName', 'text', true, 'off')}
      {field('email', 'email', true, 'off')}
      {field('title', 'text', false, 'off')}
      {field('role', 'text', false, 'off')}
      {failure && Object.keys(failure.fieldErrors()).length === 0 && (
        <p role="alert" className="field__error">
          {t('people.form.failed', { reason: failure.message })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={add.isPending}>
          {add.isPending ? t('people.form.saving') : t('people.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('people.form.cancel')}
        </button>
      </div>
      <WaitingToSend waiting={add.waiting} />
    </form>
  );
}
