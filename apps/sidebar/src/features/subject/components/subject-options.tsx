import { useTranslation } from 'react-i18next';
import { optionKey, type PickerOption } from '../lib/picker-options';

interface SubjectOptionsProps {
  id: string;
  options: readonly PickerOption[];
  activeIndex: number;
  optionId: (index: number) => string;
  onPick: (option: PickerOption) => void;
  onHover: (index: number) => void;
}

/** The combobox's listbox; focus stays in the input, which points at the active option. */
export function SubjectOptions({ id, options, activeIndex, optionId, onPick, onHover }: SubjectOptionsProps) {
  const { t } = useTranslation();
  return (
    <ul id={id} role="listbox" aria-label={t('picker.options')} className="picker__options" hidden={options.length === 0}>
      {options.map((option, index) => {
        const { item, suggested } = option;
        return (
          <li
            key={optionKey(option)}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="picker__option"
            // Keeps focus (and so the open list) in the input while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => onHover(index)}
            onClick={() => onPick(option)}
          >
            <span className="picker__option-name">{item.name}</span>
            {suggested && (
              <span className="picker__badge" title={t('picker.suggestedHint')}>
                {t('picker.suggested')}
              </span>
            )}
            <span className="picker__option-detail">
              {item.kind === 'relationship' ? t('picker.relationshipOf', { company: item.companyName ?? '', type: item.typeName ?? '' }) : t('picker.company')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
