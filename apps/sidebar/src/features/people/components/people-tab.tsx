import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';

export function PeopleTab() {
  const { t } = useTranslation();
  return <EmptyState title={t('empty.noSubject')}>{t('people.empty')}</EmptyState>;
}
