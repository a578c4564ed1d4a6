import { HAPPINESS_LEVELS, type Happiness } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { formatPercent, happinessShares } from '../lib/format-insights';
import { MetricDefinition } from './metric-definition';

/** Good / okay / bad shares of the rated tickets as one stacked bar, with the shares and counts as text. */
export function HappinessBar({ happiness }: { happiness: Happiness }) {
  const { t, i18n } = useTranslation();
  const shares = happinessShares(happiness);
  const title = t('insights.happiness.title');
  const parts =
    shares &&
    HAPPINESS_LEVELS.map((level) => ({
      level,
      text: t('insights.happiness.share', {
        level: t(`insights.happiness.${level}`),
        share: formatPercent(shares[level], i18n.language),
        tickets: happiness[level],
      }),
    }));
  return (
    <section className="insights-happiness" aria-labelledby="insights-happiness-title">
      <h3 id="insights-happiness-title" className="insights-section-title">
        {title}
        <MetricDefinition metric={title}>{t('insights.happiness.definition')}</MetricDefinition>
      </h3>
      {!shares || !parts ? (
        <p className="muted">{t('insights.happiness.none')}</p>
      ) : (
        <>
          <div className="insights-happiness__bar" role="img" aria-label={parts.map((part) => part.text).join(', ')}>
            {HAPPINESS_LEVELS.filter((level) => shares[level] > 0).map((level) => (
              <span
                key={level}
                className={`insights-happiness__part insights-happiness__part--${level}`}
                // Set through the CSSOM (allowed by the BFF's CSP), like the scorecard's bars.
                ref={(node) => node?.style.setProperty('--share', `${shares[level]}%`)}
              />
            ))}
          </div>
          <ul className="insights-happiness__legend">
            {parts.map(({ level, text }) => (
              <li key={level} className={`insights-legend insights-legend--${level}`}>
                {text}
              </li>
            ))}
          </ul>
          <p className="muted">{t('insights.happiness.rated', { count: happiness.rated })}</p>
        </>
      )}
    </section>
  );
}
