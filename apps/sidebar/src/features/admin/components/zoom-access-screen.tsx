import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useZoomAccess } from '../api/get-zoom-access';
import { ZoomAccessForm } from './zoom-access-form';
import '../../../components/ui/admin-screen.css';

interface ZoomAccessScreenProps {
  onClose: () => void;
}

/** The tenant admin's choice of who may use the Zoom app (seed 000: 管理者は…アクセスを制御します). */
export function ZoomAccessScreen({ onClose }: ZoomAccessScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const access = useZoomAccess();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="admin-screen screen" aria-labelledby={headingId}>
      <div className="admin-screen__top">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
          {t('admin.zoomAccess.title')}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('admin.zoomAccess.close')}
        </button>
      </div>
      <p className="screen-intro">{t('admin.zoomAccess.intro')}</p>
      {access.isPending && <p role="status">{t('admin.zoomAccess.loading')}</p>}
      {access.isError && (
        <div role="alert" className="alert">
          <p>{t('admin.zoomAccess.loadFailed')}</p>
          <button type="button" className="button" onClick={() => void access.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {access.data && <ZoomAccessForm access={access.data} />}
    </section>
  );
}
