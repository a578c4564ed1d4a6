import { ACTIVITY_TYPES } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineFilter } from '../api/get-timeline';

const FILTERS: readonly TimelineFilter[] = ['ALL', ...ACTIVITY_TYPES];

export function TimelineFilterSelect({ value, onChange }: { value: TimelineFilter; onChange: (filter: TimelineFilter) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="timeline__filter">
      <label htmlFor={id} className="field__label">
        {t('timeline.filterLabel')}
      </label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(event.target.value as TimelineFilter)}>
        {FILTERS.map((filter) => (
          <option key={filter} value={filter}>
            {filter === 'ALL' ? t('timeline.filterAll') : t(`timeline.types.${filter}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
