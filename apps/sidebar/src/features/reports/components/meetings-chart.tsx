import type { MeetingsPerWeek } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const CHART_HEIGHT = 80;
const BAR_WIDTH = 10;
const GAP = 4;

// Week starts are UTC days: formatted in UTC so that no time zone moves them to Sunday.
const formatWeek = (day: string, language: string) =>
  new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * Meetings per week as SVG bars. As with the scorecard's weekly history, the chart is one image to
 * assistive technology and the same values follow as a table screen readers can walk.
 */
export function MeetingsChart({ weeks }: { weeks: MeetingsPerWeek }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const most = Math.max(1, ...weeks.map(({ meetings }) => meetings));
  const width = weeks.length * (BAR_WIDTH + GAP);
  return (
    <section className="reports-chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="reports-section-title">
        {t('reports.chart.title')}
      </h3>
      <p className="field__hint">{t('reports.chart.definition')}</p>
      <svg
        className="reports-chart__bars"
        viewBox={`0 0 ${width} ${CHART_HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('reports.chart.chartLabel')}
        data-testid="meetings-chart"
      >
        {weeks.map(({ weekStart, meetings }, index) => {
          const height = meetings === 0 ? 1 : (meetings / most) * CHART_HEIGHT;
          return (
            <rect
              key={weekStart}
              className="reports-chart__bar"
              x={index * (BAR_WIDTH + GAP)}
              y={CHART_HEIGHT - height}
              width={BAR_WIDTH}
              height={height}
              data-meetings={meetings}
            >
              <title>{t('reports.chart.point', { week: formatWeek(weekStart, i18n.language), count: meetings })}</title>
            </rect>
          );
        })}
      </svg>
      <details>
        <summary>{t('reports.chart.showTable')}</summary>
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.chart.week')}</th>
              <th scope="col">{t('reports.chart.meetings')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map(({ weekStart, meetings }) => (
              <tr key={weekStart}>
                <td>
                  <time dateTime={weekStart}>{formatWeek(weekStart, i18n.language)}</time>
                </td>
                <td>{meetings.toLocaleString(i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
