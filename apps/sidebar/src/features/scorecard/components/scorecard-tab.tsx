import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';

export function ScorecardTab() {
  const { t } = useTranslation();
  return <EmptyState title={t('empty.noSubject')}>{t('scorecard.empty')}</EmptyState>;
}
