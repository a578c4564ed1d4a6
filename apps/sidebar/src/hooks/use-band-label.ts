import { useTranslation } from 'react-i18next';
import { standardBandOf } from '@/lib/standard-band';

/** A band's label in the user's language: the standard "Average" reads 普通 in Japanese, other labels as stored. */
export function useBandLabel(): (label: string | null) => string | null {
  const { t } = useTranslation();
  return (label) => {
    if (label === null) return null;
    const band = standardBandOf(label);
    return band ? t(`scoreBands.${band}`) : label;
  };
}
