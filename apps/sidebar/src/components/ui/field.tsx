import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

/** What a field's control needs to be named by its label and to say it is invalid and why. */
export interface ControlProps {
  id: string;
  className: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** Said under the label and announced with the control. */
  hint?: ReactNode;
  /** Shown under the control and announced with it; nothing when empty. */
  error?: string | null | undefined;
  /** The control's id when a caller points at it (a second label); a fresh one otherwise. */
  id?: string;
  /**
   * 'group' for a control that is not a form element (a rich-text box, chips): the label becomes a span
   * whose id (`${id}-label`) the control points at with aria-labelledby.
   */
  labelFor?: 'control' | 'group';
  /** In place of `field` and `field__label`, for a field laid out otherwise. */
  className?: string;
  labelClassName?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint, the control the children render with the props they are given, and its error. */
export function Field({ label, hint, error, id: givenId, labelFor = 'control', className = 'field', labelClassName = 'field__label', children }: FieldProps) {
  const freshId = useId();
  const id = givenId ?? freshId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={className}>
      {labelFor === 'control' ? (
        <label htmlFor={id} className={labelClassName}>
          {label}
        </label>
      ) : (
        <span id={`${id}-label`} className={labelClassName}>
          {label}
        </span>
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, className: 'field__input', 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** The common case of a Field: one text-like input. */
export function TextField({ label, hint, error, inputRef, ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...inputProps} ref={inputRef} {...control} />}
    </Field>
  );
}

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
}

interface SelectFieldProps<Value extends string> {
  label: ReactNode;
  value: Value;
  options: readonly SelectOption<Value>[];
  onChange: (value: Value) => void;
  error?: string | null | undefined;
  /** In place of `field`, for a field laid out otherwise (a label beside its select). */
  className?: string;
}

/** A Field with a select of known values: what it hands back is one of them, without a cast. */
export function SelectField<Value extends string>({ label, value, options, onChange, error, className }: SelectFieldProps<Value>) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
