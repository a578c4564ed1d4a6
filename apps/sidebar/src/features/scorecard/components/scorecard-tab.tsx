import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { toApiError } from '../../../lib/api-client';
import { useCurrentSubject } from '../../subject/subject-context';
import { useScorecard, type ScorecardSubject } from '../api/get-scorecard';
import { useScorecardRights } from '../hooks/use-scorecard-rights';
import { useViewMode } from '../hooks/use-view-mode';
import { MeasureGroups } from './measure-groups';
import { OverallScore } from './overall-score';
import { ScoreHistoryChart } from './score-history-chart';
import { ViewModeToggle } from './view-mode-toggle';
import './scorecard.css';

function SubjectScorecard({ subject }: { subject: ScorecardSubject }) {
  const { t } = useTranslation();
  const query = useScorecard(subject);
  const rights = useScorecardRights();
  const [mode, setMode] = useViewMode();

  if (query.isPending) return <p className="muted scorecard">{t('scorecard.loading')}</p>;
  if (query.isError) {
    return (
      <div className="scorecard">
        <div role="alert" className="alert">
          <p className="alert__title">{t('scorecard.failed')}</p>
          <p>{toApiError(query.error).message}</p>
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {t('scorecard.retry')}
          </button>
        </div>
      </div>
    );
  }
  const { scorecard } = query.data;
  if (!scorecard) return <EmptyState title={t('scorecard.noneTitle')}>{t('scorecard.none')}</EmptyState>;
  return (
    <div className="scorecard">
      <OverallScore scorecard={scorecard} />
      <ScoreHistoryChart history={scorecard.history} />
      <div className="scorecard-toolbar">
        <h3 className="scorecard-section-title">{t('scorecard.measures')}</h3>
        <ViewModeToggle mode={mode} onChange={setMode} />
      </div>
      <MeasureGroups subject={subject} scorecard={scorecard} rights={rights} mode={mode} />
    </div>
  );
}

/** The chosen company's or relationship's active scorecard, read and edited per licence. */
export function ScorecardTab() {
  const { t } = useTranslation();
  const { subject } = useCurrentSubject();
  if (!subject) return <EmptyState title={t('empty.noSubject')}>{t('scorecard.empty')}</EmptyState>;
  return <SubjectScorecard key={`${subject.kind}:${subject.id}`} subject={subject} />;
}
