import { DATA_CENTERS, type DataCenter } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';

interface DataCenterPickerProps {
  value: DataCenter;
  onChange: (dataCenter: DataCenter) => void;
  error?: string | undefined;
}

/** US1 / US2 / EU, each with what it holds (seed 000). */
export function DataCenterPicker({ value, onChange, error }: DataCenterPickerProps) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      legend={t('signIn.enterDomain.dataCenterLabel')}
      options={DATA_CENTERS}
      value={value}
      onChange={onChange}
      titleOf={(dataCenter) => t(`signIn.dataCenters.${dataCenter}.name`)}
      descriptionOf={(dataCenter) => t(`signIn.dataCenters.${dataCenter}.description`)}
      error={error}
    />
  );
}
