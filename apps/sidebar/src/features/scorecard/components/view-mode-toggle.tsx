import { useTranslation } from 'react-i18next';
import type { ViewMode } from '../hooks/use-view-mode';

const MODES: readonly ViewMode[] = ['card', 'list'];

/** Two toggle buttons; the pressed one is the current view. */
export function ViewModeToggle({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('scorecard.view.label')} className="scorecard-view-toggle">
      {MODES.map((candidate) => (
        <button key={candidate} type="button" className="button" aria-pressed={mode === candidate} onClick={() => onChange(candidate)}>
          {t(`scorecard.view.${candidate}`)}
        </button>
      ))}
    </div>
  );
}
