import type { ScorecardView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { WithSubject } from '@/features/subject';
import { useScorecard, type ScorecardSubject } from '../api/get-scorecard';
import { useScorecardRights, type ScorecardRights } from '../hooks/use-scorecard-rights';
import { useViewMode, type ViewMode } from '../hooks/use-view-mode';
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
  return (
    <QueryState
      query={query}
      loading={t('scorecard.loading')}
      failed={t('scorecard.failed')}
      showReason
      retryLabel={t('scorecard.retry')}
      className="sidebar__status"
    >
      {({ scorecard }) =>
        scorecard ? (
          <ActiveScorecard subject={subject} scorecard={scorecard} rights={rights} mode={mode} onModeChange={setMode} />
        ) : (
          <EmptyState title={t('scorecard.noneTitle')}>{t('scorecard.none')}</EmptyState>
        )
      }
    </QueryState>
  );
}

interface ActiveScorecardProps {
  subject: ScorecardSubject;
  scorecard: ScorecardView;
  rights: ScorecardRights;
  mode: ViewMode;
  onModeChange: (mode: ViewMode) => void;
}

function ActiveScorecard({ subject, scorecard, rights, mode, onModeChange }: ActiveScorecardProps) {
  const { t } = useTranslation();
  return (
    <div className="scorecard">
      <OverallScore scorecard={scorecard} />
      <ScoreHistoryChart history={scorecard.history} />
      <div className="scorecard-toolbar">
        <h3 className="scorecard-section-title">{t('scorecard.measures')}</h3>
        <ViewModeToggle mode={mode} onChange={onModeChange} />
      </div>
      <MeasureGroups subject={subject} scorecard={scorecard} rights={rights} mode={mode} />
    </div>
  );
}

/** The chosen company's or relationship's active scorecard, read and edited per licence. */
export function ScorecardTab() {
  const { t } = useTranslation();
  return <WithSubject emptyText={t('scorecard.empty')}>{(subject) => <SubjectScorecard subject={subject} />}</WithSubject>;
}
