import type { ChoiceProps } from './choice-group';

interface ToggleGroupProps<Value extends string> extends ChoiceProps<Value> {
  label: string;
  className: string;
}

/** Toggle buttons of which the pressed one is the current choice (a view, a filter). */
export function ToggleGroup<Value extends string>({ label, options, value, onChange, titleOf, className }: ToggleGroupProps<Value>) {
  return (
    <div role="group" aria-label={label} className={className}>
      {options.map((option) => (
        <button key={option} type="button" className="button" aria-pressed={option === value} onClick={() => onChange(option)}>
          {titleOf(option)}
        </button>
      ))}
    </div>
  );
}
