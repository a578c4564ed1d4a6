import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { toApiError } from '../../../lib/api-client';
import { useCurrentSubject } from '../../subject/subject-context';
import { useInsights, type InsightsSubject } from '../api/get-insights';
import { AverageTimes } from './average-times';
import { HappinessBar } from './happiness-bar';
import { StatusDonut } from './status-donut';
import './insights.css';

function SubjectInsights({ subject }: { subject: InsightsSubject }) {
  const { t } = useTranslation();
  const query = useInsights(subject);

  if (query.isPending) return <p className="muted insights">{t('insights.loading')}</p>;
  if (query.isError) {
    return (
      <div className="insights">
        <div role="alert" className="alert">
          <p className="alert__title">{t('insights.failed')}</p>
          <p>{toApiError(query.error).message}</p>
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {t('insights.retry')}
          </button>
        </div>
      </div>
    );
  }
  const insights = query.data;
  return (
    <div className="insights">
      <section aria-labelledby="insights-status-title">
        <h3 id="insights-status-title" className="insights-section-title">
          {t('insights.status.title')}
        </h3>
        <div className="insights-donuts">
          <StatusDonut title={t('insights.status.ctas')} definition={t('insights.status.ctasDefinition')} counts={insights.ctas} />
          <StatusDonut title={t('insights.status.tickets')} definition={t('insights.status.ticketsDefinition')} counts={insights.tickets} />
        </div>
        {insights.ticketsFromCompany && <p className="muted">{t('insights.status.ticketsFromCompany')}</p>}
      </section>
      <AverageTimes insights={insights} />
      <HappinessBar happiness={insights.happiness} />
    </div>
  );
}

/** The Summary tab: customer insights of the chosen company or relationship (seed 004). */
export function InsightsTab() {
  const { t } = useTranslation();
  const { subject } = useCurrentSubject();
  if (!subject) return <EmptyState title={t('empty.noSubject')}>{t('insights.empty')}</EmptyState>;
  return <SubjectInsights key={`${subject.kind}:${subject.id}`} subject={subject} />;
}
