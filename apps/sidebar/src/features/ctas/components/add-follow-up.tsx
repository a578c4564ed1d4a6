import { CTA_PRIORITIES, type CtaPriority } from '@c360/contracts';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SelectField, TextField } from '@/components/ui/field';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { toApiError } from '@/lib/api-client';
import { useCreateCta } from '../api/create-cta';
import { useAssignableUsers } from '../api/get-users';
import { usePrepareActivity, type ActivityToFollow } from '../hooks/use-prepare-activity';
import { DUE_CHOICES, dueChoiceOf, dueDateIn, formatDueDate } from '../lib/due-date';

const FIELDS = ['subject', 'dueDate', 'ownerId', 'priority'] as const;
type FormField = (typeof FIELDS)[number];
type Errors = Partial<Record<FormField, string>>;
const isField = (path: string): path is FormField => (FIELDS as readonly string[]).includes(path);

interface AddFollowUpProps {
  /** The activity the follow-up comes from: its id, or how to write it first and get its id. */
  activity: ActivityToFollow;
  me: { id: string; displayName: string };
}

/**
 * "Add follow-up": a task, a one-click due date in the user's own calendar (or any date), an owner (me by
 * default) and a priority. Not a <form>: it sits inside the activity editor's form, so Enter here adds
 * the follow-up instead of logging the activity.
 */
export function AddFollowUp({ activity, me }: AddFollowUpProps) {
  const { t, i18n } = useTranslation();
  const subjectInput = useRef<HTMLInputElement>(null);
  const [subject, setSubject] = useState('');
  const [dueDate, setDueDate] = useState(() => dueDateIn(1));
  const [ownerId, setOwnerId] = useState(me.id);
  const [priority, setPriority] = useState<CtaPriority>('MEDIUM');
  const [errors, setErrors] = useState<Errors>({});
  const [added, setAdded] = useState<string | null>(null);
  const { preparing, idOf } = usePrepareActivity();
  const users = useAssignableUsers();
  const create = useCreateCta();
  const chosen = dueChoiceOf(dueDate);

  const add = async () => {
    if (create.isPending || preparing === 'writing') return;
    setAdded(null);
    if (subject.trim() === '') {
      setErrors({ subject: t('ctas.form.invalid.subject') });
      subjectInput.current?.focus();
      return;
    }
    setErrors({});
    const activityId = await idOf(activity);
    if (activityId === undefined) return;
    create.mutate(
      { activityId, subject, dueDate, ownerId, priority },
      {
        onSuccess: (cta) => {
          setSubject('');
          setAdded(t('ctas.form.added', { subject: cta.subject, date: formatDueDate(cta.dueDate, i18n.language) }));
          subjectInput.current?.focus();
        },
        onError: (error) => {
          const invalid: Errors = {};
          for (const path of Object.keys(toApiError(error).fieldErrors())) if (isField(path)) invalid[path] = t(`ctas.form.invalid.${path}`);
          setErrors(invalid);
        },
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void add();
    }
  };

  const failure = create.isError ? toApiError(create.error) : null;
  const busy = create.isPending || preparing === 'writing';
  const others = (users.data ?? []).filter((user) => user.id !== me.id);

  return (
    <fieldset className="field-group" onKeyDown={onKeyDown}>
      <legend className="field__label">{t('ctas.form.legend')}</legend>
      <TextField
        label={t('ctas.form.subject')}
        inputRef={subjectInput}
        maxLength={240}
        value={subject}
        error={errors.subject}
        onChange={(event) => setSubject(event.target.value)}
      />
      <Field label={t('ctas.form.dueDate')} labelFor="group" error={errors.dueDate}>
        {(control) => (
          <>
            <div role="group" aria-labelledby={`${control.id}-label`} className="follow-up-form__chips">
              {DUE_CHOICES.map((choice) => (
                <button
                  key={choice.id}
                  type="button"
                  className="button chip"
                  aria-pressed={chosen === choice.id}
                  onClick={() => setDueDate(dueDateIn(choice.days))}
                >
                  {t(`ctas.form.due.${choice.id}`)}
                </button>
              ))}
            </div>
            <label className="field__hint" htmlFor={control.id}>
              {t('ctas.form.pickDate')}
            </label>
            <input
              {...control}
              type="date"
              min={dueDateIn(0)}
              value={dueDate}
              onChange={(event) => {
                if (event.target.value !== '') setDueDate(event.target.value);
              }}
            />
          </>
        )}
      </Field>
      <div className="follow-up-form__row">
        <SelectField
          label={t('ctas.form.owner')}
          value={ownerId}
          options={[
            { value: me.id, label: t('ctas.form.me', { name: me.displayName }) },
            ...others.map((user) => ({ value: user.id, label: user.displayName })),
          ]}
          error={errors.ownerId}
          onChange={setOwnerId}
        />
        <SelectField
          label={t('ctas.form.priority')}
          value={priority}
          options={CTA_PRIORITIES.map((candidate) => ({ value: candidate, label: t(`ctas.priority.${candidate}`) }))}
          error={errors.priority}
          onChange={setPriority}
        />
      </div>
      {failure && Object.keys(failure.fieldErrors()).every((path) => !isField(path)) && (
        <p role="alert" className="field__error">
          {t('ctas.form.failed', { reason: failure.message })}
        </p>
      )}
      {preparing === 'failed' && (
        <p role="alert" className="field__error">
          {t('ctas.form.activityFailed')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" aria-disabled={busy} onClick={() => void add()}>
          {busy ? t('ctas.form.adding') : t('ctas.form.add')}
        </button>
      </div>
      <WaitingToSend waiting={create.waiting} />
      <p role="status" className="muted">
        {added}
      </p>
    </fieldset>
  );
}
