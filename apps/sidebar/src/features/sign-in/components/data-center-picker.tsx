import { DATA_CENTERS, type DataCenter } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DataCenterPickerProps {
  value: DataCenter;
  onChange: (dataCenter: DataCenter) => void;
  error?: string | undefined;
}

/** US1 / US2 / EU, each with what it holds (seed 000). */
export function DataCenterPicker({ value, onChange, error }: DataCenterPickerProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const errorId = useId();
  const name = useId();
  return (
    <fieldset className="choices" aria-labelledby={legendId} aria-describedby={error ? errorId : undefined}>
      <legend id={legendId} className="field__label">
        {t('signIn.enterDomain.dataCenterLabel')}
      </legend>
      {DATA_CENTERS.map((dataCenter) => (
        <label key={dataCenter} className="choice">
          <input
            type="radio"
            name={name}
            value={dataCenter}
            checked={dataCenter === value}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(dataCenter)}
          />
          <span className="choice__text">
            <span className="choice__title">{t(`signIn.dataCenters.${dataCenter}.name`)}</span>
            <span className="choice__description">{t(`signIn.dataCenters.${dataCenter}.description`)}</span>
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
