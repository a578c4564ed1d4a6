import type { ScoreHistoryPoint } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useBandLabel } from '@/hooks/use-band-label';
import { formatScore } from '../lib/format-score';

const formatWeek = (iso: string, language: string) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' }).format(new Date(iso));

/**
 * The overall score week by week as bars. The chart is an image to assistive technology (role="img" with
 * one label per bar is noisy on 18 bars), so the same points follow as a table screen readers can walk.
 */
export function ScoreHistoryChart({ history }: { history: readonly ScoreHistoryPoint[] }) {
  const { t, i18n } = useTranslation();
  const bandLabel = useBandLabel();
  if (history.length === 0) return <p className="muted">{t('scorecard.history.none')}</p>;
  const describe = (point: ScoreHistoryPoint) =>
    t('scorecard.history.point', {
      week: formatWeek(point.recordedAt, i18n.language),
      score: formatScore(point.score, i18n.language),
      band: bandLabel(point.label) ?? '',
    });
  return (
    <section className="scorecard-history" aria-labelledby="scorecard-history-title">
      <h3 id="scorecard-history-title" className="scorecard-section-title">
        {t('scorecard.history.title', { count: history.length })}
      </h3>
      <div className="scorecard-history__bars" role="img" aria-label={t('scorecard.history.chartLabel', { count: history.length })} data-testid="score-history">
        {history.map((point) => (
          <span
            key={point.recordedAt}
            className="scorecard-history__bar"
            title={describe(point)}
            data-score={point.score}
            // Custom properties set through the CSSOM (allowed by the BFF's CSP); React's style prop does not type them.
            ref={(node) => {
              node?.style.setProperty('--bar-height', `${Math.max(2, point.score)}%`);
              node?.style.setProperty('--band-color', point.color ?? 'var(--color-accent)');
            }}
          />
        ))}
      </div>
      <details className="scorecard-history__details">
        <summary>{t('scorecard.history.showTable')}</summary>
        <table className="scorecard-history__table">
          <thead>
            <tr>
              <th scope="col">{t('scorecard.history.week')}</th>
              <th scope="col">{t('scorecard.history.score')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((point) => (
              <tr key={point.recordedAt}>
                <td>
                  <time dateTime={point.recordedAt}>{formatWeek(point.recordedAt, i18n.language)}</time>
                </td>
                <td>
                  {formatScore(point.score, i18n.language)}
                  {point.label && ` (${bandLabel(point.label)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
