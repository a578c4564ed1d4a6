import { AdminSettingsScreen } from '@/components/ui/admin-screen';
import { useZoomAccess } from '../api/get-zoom-access';
import { ZoomAccessForm } from './zoom-access-form';

/** The tenant admin's choice of who may use the Zoom app (seed 000: 管理者は…アクセスを制御します). */
export function ZoomAccessScreen({ onClose }: { onClose: () => void }) {
  return (
    <AdminSettingsScreen texts="admin.zoomAccess" query={useZoomAccess()} onClose={onClose}>
      {(access) => <ZoomAccessForm access={access} />}
    </AdminSettingsScreen>
  );
}
