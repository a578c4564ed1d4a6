import { useId } from 'react';

/** One value chosen of a few, each shown by its title: what every choice control takes. */
export interface ChoiceProps<Value extends string> {
  options: readonly Value[];
  value: Value;
  onChange: (value: Value) => void;
  titleOf: (value: Value) => string;
}

interface ChoiceGroupProps<Value extends string> extends ChoiceProps<Value> {
  legend: string;
  descriptionOf: (value: Value) => string;
}

/** Radio choices, each with a title and a sentence on what it does (the admin screens' settings). */
export function ChoiceGroup<Value extends string>({ legend, options, value, onChange, titleOf, descriptionOf }: ChoiceGroupProps<Value>) {
  const legendId = useId();
  const name = useId();
  return (
    <fieldset className="choices" aria-labelledby={legendId}>
      <legend id={legendId} className="field__label">
        {legend}
      </legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
          <span className="choice__text">
            <span className="choice__title">{titleOf(option)}</span>
            <span className="choice__description">{descriptionOf(option)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
