import type { ScorecardView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../lib/format-score';
import { ScoreBadge } from './score-badge';
import { TrendIndicator } from './trend-indicator';

/** The overall score in the scheme, its band and its trend versus the previous score. */
export function OverallScore({ scorecard }: { scorecard: ScorecardView }) {
  const { t, i18n } = useTranslation();
  const { overall, scheme } = scorecard;
  return (
    <section className="scorecard-overall" aria-labelledby="scorecard-overall-title">
      <h3 id="scorecard-overall-title" className="section-title">
        {t('scorecard.overall')} <span className="muted">· {scorecard.name}</span>
      </h3>
      <p className="scorecard-overall__score" data-testid="overall-score">
        <ScoreBadge {...overall} scheme={scheme.kind} size="large" />
        <TrendIndicator trend={overall.trend} />
      </p>
      {overall.previousScore !== null && <p className="muted">{t('scorecard.previous', { score: formatScore(overall.previousScore, i18n.language) })}</p>}
    </section>
  );
}
