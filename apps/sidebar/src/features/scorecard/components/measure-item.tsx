import type { ScorecardMeasure, ScoringScheme } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardSubject } from '../api/get-scorecard';
import type { ScorecardRights } from '../hooks/use-scorecard-rights';
import type { ViewMode } from '../hooks/use-view-mode';
import { formatNumber } from '../lib/format-score';
import { MeasureEditor } from './measure-editor';
import { ScoreBadge } from './score-badge';
import { TrendIndicator } from './trend-indicator';

interface MeasureItemProps {
  subject: ScorecardSubject;
  measure: ScorecardMeasure;
  scheme: ScoringScheme;
  rights: ScorecardRights;
  mode: ViewMode;
}

/** One measure, as a card or a list row, with its edit form or the reason it cannot be edited. */
export function MeasureItem({ subject, measure, scheme, rights, mode }: MeasureItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editable = measure.type === 'manual' && (rights.canScore || rights.canComment);
  const readOnlyReason = measure.type === 'automated' ? t('scorecard.automatedReadOnly') : rights.reason;

  return (
    <li className={`scorecard-measure scorecard-measure--${mode}`} data-measure-id={measure.id} aria-labelledby={`measure-${measure.id}`}>
      <div className="scorecard-measure__head">
        <h5 id={`measure-${measure.id}`} className="scorecard-measure__name">
          {measure.name}
        </h5>
        <span className="scorecard-measure__score">
          <ScoreBadge {...measure} scheme={scheme} />
          <TrendIndicator trend={measure.trend} />
        </span>
      </div>
      <dl className="scorecard-measure__facts">
        <div>
          <dt>{t('scorecard.measure.type')}</dt>
          <dd>{t(`scorecard.measure.types.${measure.type}`)}</dd>
        </div>
        <div>
          <dt>{t('scorecard.measure.weight')}</dt>
          <dd>{formatNumber(measure.weight, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('scorecard.measure.contribution')}</dt>
          <dd>{measure.contribution === null ? t('scorecard.notScored') : `${formatNumber(measure.contribution, i18n.language)}%`}</dd>
        </div>
      </dl>
      {mode === 'card' && measure.description && <p className="muted">{measure.description}</p>}
      {measure.comment && (
        <p className="scorecard-measure__comment">
          <span className="visually-hidden">{t('scorecard.measure.comment')}: </span>“{measure.comment}”
          {measure.updatedBy && <span className="muted"> — {measure.updatedBy.name}</span>}
        </p>
      )}
      {editing ? (
        <MeasureEditor subject={subject} measure={measure} canScore={rights.canScore} onDone={() => setEditing(false)} />
      ) : editable ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {rights.canScore ? t('scorecard.edit.open', { name: measure.name }) : t('scorecard.edit.openComment', { name: measure.name })}
          </button>
          {!rights.canScore && rights.reason && <p className="muted">{rights.reason}</p>}
        </div>
      ) : (
        readOnlyReason && <p className="muted scorecard-measure__read-only">{readOnlyReason}</p>
      )}
    </li>
  );
}
