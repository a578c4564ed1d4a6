import { useTranslation } from 'react-i18next';
import { ToggleGroup } from '@/components/ui/toggle-group';
import type { ViewMode } from '../hooks/use-view-mode';

const MODES: readonly ViewMode[] = ['card', 'list'];

/** Two toggle buttons; the pressed one is the current view. */
export function ViewModeToggle({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  const { t } = useTranslation();
  return (
    <ToggleGroup
      label={t('scorecard.view.label')}
      options={MODES}
      value={mode}
      onChange={onChange}
      titleOf={(candidate) => t(`scorecard.view.${candidate}`)}
      className="scorecard-view-toggle"
    />
  );
}
