import type { ScorecardView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import type { ScorecardSubject } from '../api/get-scorecard';
import type { ScorecardRights } from '../hooks/use-scorecard-rights';
import type { ViewMode } from '../hooks/use-view-mode';
import { formatNumber } from '../lib/format-score';
import { MeasureItem } from './measure-item';

interface MeasureGroupsProps {
  subject: ScorecardSubject;
  scorecard: ScorecardView;
  rights: ScorecardRights;
  mode: ViewMode;
}

/** The measures under their groups (measures outside a group come last, under a generic heading). */
export function MeasureGroups({ subject, scorecard, rights, mode }: MeasureGroupsProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="scorecard-groups">
      {scorecard.groups.map((group) => (
        <section key={group.id ?? 'ungrouped'} className="scorecard-group" aria-labelledby={`group-${group.id ?? 'ungrouped'}`}>
          <h4 id={`group-${group.id ?? 'ungrouped'}`} className="scorecard-section-title">
            {group.name ?? t('scorecard.measures')}
            {group.weight !== undefined && (
              <span className="muted"> · {t('scorecard.groupWeight', { weight: formatNumber(group.weight, i18n.language) })}</span>
            )}
          </h4>
          <ul className={`scorecard-group__measures scorecard-group__measures--${mode}`}>
            {group.measures.map((measure) => (
              <MeasureItem key={measure.id} subject={subject} measure={measure} scheme={scorecard.scheme.kind} rights={rights} mode={mode} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
