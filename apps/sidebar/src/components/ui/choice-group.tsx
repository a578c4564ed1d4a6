import { useId, type ReactNode } from 'react';

/** One value chosen of a few, each shown by its title: what every choice control takes. */
export interface ChoiceProps<Value extends string> {
  options: readonly Value[];
  value: Value | undefined;
  onChange: (value: Value) => void;
  titleOf: (value: Value) => ReactNode;
}

interface ChoiceGroupProps<Value extends string> extends ChoiceProps<Value> {
  legend: string;
  descriptionOf: (value: Value) => string;
  /** Shown under the choices and announced with the group. */
  error?: string | undefined;
}

/** Radio choices, each with a title and a sentence on what it does (the admin screens' settings, the sign-in's domains). */
export function ChoiceGroup<Value extends string>({ legend, options, value, onChange, titleOf, descriptionOf, error }: ChoiceGroupProps<Value>) {
  const legendId = useId();
  const errorId = useId();
  const name = useId();
  return (
    <fieldset className="field-group" aria-labelledby={legendId} aria-describedby={error ? errorId : undefined}>
      <legend id={legendId} className="field__label">
        {legend}
      </legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} value={option} checked={option === value} aria-invalid={error ? true : undefined} onChange={() => onChange(option)} />
          <span className="choice__text">
            <span className="choice__title">{titleOf(option)}</span>
            <span className="choice__description">{descriptionOf(option)}</span>
          </span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
