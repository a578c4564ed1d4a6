import type { OpenClosed } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { closedFraction } from '../lib/format-insights';
import { MetricDefinition } from './metric-definition';

const RADIUS = 15.915; // a circumference of 100, so dash lengths are percentages
const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);

interface StatusDonutProps {
  title: string;
  definition: string;
  counts: OpenClosed;
}

/** Open vs closed as a donut; the SVG is one image with a text summary, and the numbers follow as text. */
export function StatusDonut({ title, definition, counts }: StatusDonutProps) {
  const { t, i18n } = useTranslation();
  const open = formatCount(counts.open, i18n.language);
  const closed = formatCount(counts.closed, i18n.language);
  const closedPercent = closedFraction(counts) * 100;
  const empty = counts.open + counts.closed === 0;
  return (
    <figure className="insights-donut">
      <svg viewBox="0 0 42 42" className="insights-donut__chart" role="img" aria-label={t('insights.donutLabel', { title, open, closed })}>
        <circle className={empty ? 'insights-donut__empty' : 'insights-donut__open'} cx="21" cy="21" r={RADIUS} fill="none" strokeWidth="6" />
        {closedPercent > 0 && (
          <circle
            className="insights-donut__closed"
            cx="21"
            cy="21"
            r={RADIUS}
            fill="none"
            strokeWidth="6"
            strokeDasharray={`${closedPercent} ${100 - closedPercent}`}
            strokeDashoffset="25"
          />
        )}
      </svg>
      <figcaption>
        <span className="insights-donut__title">
          {title}
          <MetricDefinition metric={title}>{definition}</MetricDefinition>
        </span>
        <span className="insights-legend insights-legend--open">{t('insights.open', { value: open })}</span>
        <span className="insights-legend insights-legend--closed">{t('insights.closed', { value: closed })}</span>
      </figcaption>
    </figure>
  );
}
