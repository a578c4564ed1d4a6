import { useTranslation } from 'react-i18next';
import { AdminScreen, Loaded } from '../../../components/ui/admin-screen';
import { useAttributeLayout } from '../api/get-attribute-layout';
import { AttributeLayoutForm } from './attribute-layout-form';
import './attribute-layout.css';

interface AttributeLayoutScreenProps {
  onClose: () => void;
}

/** The tenant admin picks and orders the attributes the Zoom app shows (seed 002: 項目の選択と並べ替え). */
export function AttributeLayoutScreen({ onClose }: AttributeLayoutScreenProps) {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('attributes.layout.title')} intro={t('attributes.layout.intro')} closeLabel={t('attributes.layout.close')} onClose={onClose}>
      <Loaded query={useAttributeLayout()} loadingLabel={t('attributes.layout.loading')} failedLabel={t('attributes.layout.loadFailed')}>
        {(layout) => <AttributeLayoutForm layout={layout} />}
      </Loaded>
    </AdminScreen>
  );
}
