import type { ScoreTrend } from '@c360/contracts';
import { useTranslation } from 'react-i18next';

const ARROWS: Record<ScoreTrend, string> = { up: '▲', down: '▼', same: '▶' };

/** The trend as an arrow for the eye and as words for everyone (colour and shape are never the only cue). */
export function TrendIndicator({ trend }: { trend: ScoreTrend }) {
  const { t } = useTranslation();
  return (
    <span className={`scorecard-trend scorecard-trend--${trend}`}>
      <span aria-hidden="true">{ARROWS[trend]}</span> <span className="visually-hidden">{t(`scorecard.trend.${trend}`)}</span>
    </span>
  );
}
