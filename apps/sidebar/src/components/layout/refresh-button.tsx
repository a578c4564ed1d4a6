import { useTranslation } from 'react-i18next';
import { useRefresh } from '@/hooks/use-refresh';
import { RefreshIcon } from '../ui/icons';

export function RefreshButton() {
  const { t } = useTranslation();
  const { refresh, refreshing } = useRefresh();
  return (
    <button type="button" className="icon-button" aria-label={t('header.refresh')} title={t('header.refresh')} aria-busy={refreshing} onClick={refresh}>
      <RefreshIcon className={refreshing ? 'icon icon--spin' : 'icon'} />
    </button>
  );
}
