import { useTranslation } from 'react-i18next';

/** A metric's definition behind a disclosure: a native <details>, so keyboard and screen readers reach it. */
export function MetricDefinition({ metric, children }: { metric: string; children: string }) {
  const { t } = useTranslation();
  return (
    <details className="insights-definition">
      <summary aria-label={t('insights.definitionOf', { metric })} title={t('insights.definitionOf', { metric })}>
        ?
      </summary>
      <p className="insights-definition__text">{children}</p>
    </details>
  );
}
