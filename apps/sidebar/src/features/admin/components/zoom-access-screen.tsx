import { useTranslation } from 'react-i18next';
import { AdminScreen, Loaded } from '../../../components/ui/admin-screen';
import { useZoomAccess } from '../api/get-zoom-access';
import { ZoomAccessForm } from './zoom-access-form';

interface ZoomAccessScreenProps {
  onClose: () => void;
}

/** The tenant admin's choice of who may use the Zoom app (seed 000: 管理者は…アクセスを制御します). */
export function ZoomAccessScreen({ onClose }: ZoomAccessScreenProps) {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.zoomAccess.title')} intro={t('admin.zoomAccess.intro')} closeLabel={t('admin.zoomAccess.close')} onClose={onClose}>
      <Loaded query={useZoomAccess()} loadingLabel={t('admin.zoomAccess.loading')} failedLabel={t('admin.zoomAccess.loadFailed')}>
        {(access) => <ZoomAccessForm access={access} />}
      </Loaded>
    </AdminScreen>
  );
}
