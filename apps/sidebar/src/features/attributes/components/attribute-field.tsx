import type { AttributeField as Field, AttributeValue, CompanyAttributes } from '@c360/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { Field as FieldFrame } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { toApiError } from '@/lib/api-client';
import { currentOfConflict, useUpdateAttributes } from '../api/update-attributes';
import { inputOf, parseInputOf, type AttributeInput } from '../lib/attribute-input';
import { formatValue, labelOf } from '../lib/format-value';
import { AttributeConflict } from './attribute-conflict';
import { AttributeEditor } from './attribute-editor';

interface AttributeFieldProps {
  field: Field;
  attributes: CompanyAttributes;
  canEdit: boolean;
}

interface Editing {
  input: AttributeInput;
  /** The value the edit started from: a conflict matters only if someone changed this very field. */
  base: AttributeValue;
}

/** One attribute: its value, and for a Full licence an editor with its own Save. */
export function AttributeField({ field, attributes, canEdit }: AttributeFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const update = useUpdateAttributes(attributes.companyId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: AttributeValue; mine: AttributeValue } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  // Focus follows the user: into the control when editing starts, back to Edit when it ends.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing && !wasEditing.current) formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const label = labelOf(field, language);
  const display = (value: AttributeValue) =>
    formatValue(field, value, {
      language,
      currency: attributes.currency,
      users: attributes.users,
      booleanText: (yes) => (yes ? t('attributes.yes') : t('attributes.no')),
    }) ?? t('attributes.notSet');

  function close() {
    setEditing(null);
    setError(null);
    setConflict(null);
  }

  function save(value: AttributeValue, version: number, base: AttributeValue) {
    update.mutate(
      { values: { [field.key]: value }, version },
      {
        onSuccess: close,
        onError: (failure) => {
          const current = currentOfConflict(failure);
          if (!current) {
            const apiError = toApiError(failure);
            setError(apiError.fieldErrors()[`values.${field.key}`] ?? apiError.problem.detail ?? apiError.problem.title);
            return;
          }
          const theirs = current.fields.find((other) => other.key === field.key)?.value ?? null;
          // Only other fields changed: saving this one on top of them overwrites nobody.
          if (theirs === base) save(value, current.version, theirs);
          else setConflict({ theirs, mine: value });
        },
      },
    );
  }

  function submit() {
    if (!editing || update.isPending) return;
    const parsed = parseInputOf(field, editing.input);
    if (!parsed.ok) {
      setError(t(`attributes.errors.${parsed.error}`, { bound: parsed.bound === undefined ? '' : display(parsed.bound) }));
      return;
    }
    setError(null);
    save(parsed.value, attributes.version, editing.base);
  }

  const editable = canEdit && !field.readOnly;
  return (
    <li className="attribute">
      {editing ? (
        <form
          ref={formRef}
          className="attribute__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <FieldFrame
            label={field.type === 'CURRENCY' ? t('attributes.labelWithCurrency', { label, currency: attributes.currency }) : label}
            labelClassName="attribute__label field__label"
            error={error}
          >
            {(control) => (
              <AttributeEditor
                id={control.id}
                field={field}
                input={editing.input}
                onChange={(input) => {
                  setError(null);
                  setEditing({ ...editing, input });
                }}
                currency={attributes.currency}
                users={attributes.users}
                errorId={control['aria-describedby']}
              />
            )}
          </FieldFrame>
          {conflict ? (
            <AttributeConflict
              label={label}
              theirs={display(conflict.theirs)}
              mine={display(conflict.mine)}
              onKeepMine={() => {
                setConflict(null);
                save(conflict.mine, attributes.version, conflict.theirs);
              }}
              onUseTheirs={close}
            />
          ) : (
            <FormActions texts="attributes" write={update} onCancel={close} />
          )}
          <WaitingToSend waiting={update.waiting} />
        </form>
      ) : (
        <>
          <span className="attribute__label">{label}</span>
          <span className="attribute__value">{display(field.value)}</span>
          {editable && (
            <button
              ref={editRef}
              type="button"
              className="button attribute__edit"
              aria-label={t('attributes.editNamed', { label })}
              onClick={() => setEditing({ input: inputOf(field, field.value), base: field.value })}
            >
              {t('attributes.edit')}
            </button>
          )}
        </>
      )}
    </li>
  );
}
