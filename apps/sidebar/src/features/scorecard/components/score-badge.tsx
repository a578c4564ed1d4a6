import type { ScoringScheme } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useBandLabel } from '@/hooks/use-band-label';
import { readScore } from '../lib/format-score';

interface ScoreBadgeProps {
  score: number | null;
  label: string | null;
  color: string | null;
  scheme: ScoringScheme;
  size?: 'large' | 'small';
}

/** A score with its band's colour swatch; the band is always written out too, not told by colour alone. */
export function ScoreBadge({ score, label, color, scheme, size = 'small' }: ScoreBadgeProps) {
  const { t, i18n } = useTranslation();
  const bandLabel = useBandLabel();
  const reading = readScore({ score, label: bandLabel(label) }, scheme, i18n.language);
  if (!reading) return <span className="scorecard-score scorecard-score--none">{t('scorecard.notScored')}</span>;
  // A custom property set through the CSSOM, which the BFF's CSP (style-src 'self') allows; React's style prop does not type custom properties.
  return (
    <span className={`scorecard-score scorecard-score--${size}`}>
      <span className="scorecard-score__swatch" aria-hidden="true" ref={(node) => node?.style.setProperty('--band-color', color ?? 'transparent')} />
      <span className="scorecard-score__primary">{reading.primary}</span>
      {reading.secondary !== null && <span className="scorecard-score__secondary">{reading.secondary}</span>}
    </span>
  );
}
