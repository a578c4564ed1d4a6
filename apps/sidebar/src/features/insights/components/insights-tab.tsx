import type { Insights } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { WithSubject } from '@/features/subject';
import { useInsights, type InsightsSubject } from '../api/get-insights';
import { AverageTimes } from './average-times';
import { HappinessBar } from './happiness-bar';
import { StatusDonut } from './status-donut';
import './insights.css';

function SubjectInsights({ subject }: { subject: InsightsSubject }) {
  const { t } = useTranslation();
  const query = useInsights(subject);
  return (
    <QueryState
      query={query}
      loading={t('insights.loading')}
      failed={t('insights.failed')}
      showReason
      retryLabel={t('insights.retry')}
      className="sidebar__status"
    >
      {(insights) => <InsightsView insights={insights} />}
    </QueryState>
  );
}

function InsightsView({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
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
  return <WithSubject emptyText={t('insights.empty')}>{(subject) => <SubjectInsights subject={subject} />}</WithSubject>;
}
