import type { Insights } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../lib/format-insights';
import { MetricDefinition } from './metric-definition';

const METRICS = [
  ['firstResponse', 'averageFirstResponseMinutes'],
  ['response', 'averageResponseMinutes'],
  ['resolution', 'averageResolutionMinutes'],
] as const;

/** The three average support times, each with its definition. */
export function AverageTimes({ insights }: { insights: Insights }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="stack insights-times">
      {METRICS.map(([metric, field]) => {
        const label = t(`insights.times.${metric}.label`);
        return (
          <div key={metric} className="insights-times__item">
            <dt>
              {label}
              <MetricDefinition metric={label}>{t(`insights.times.${metric}.definition`)}</MetricDefinition>
            </dt>
            <dd>{formatDuration(insights[field], i18n.language) ?? t('insights.times.none')}</dd>
          </div>
        );
      })}
    </dl>
  );
}
