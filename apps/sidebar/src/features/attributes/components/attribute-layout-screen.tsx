import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttributeLayout } from '../api/get-attribute-layout';
import { AttributeLayoutForm } from './attribute-layout-form';
import '../../../components/ui/admin-screen.css';
import './attribute-layout.css';

interface AttributeLayoutScreenProps {
  onClose: () => void;
}

/** The tenant admin picks and orders the attributes the Zoom app shows (seed 002: 項目の選択と並べ替え). */
export function AttributeLayoutScreen({ onClose }: AttributeLayoutScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const layout = useAttributeLayout();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="admin-screen screen" aria-labelledby={headingId}>
      <div className="admin-screen__top">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
          {t('attributes.layout.title')}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('attributes.layout.close')}
        </button>
      </div>
      <p className="screen-intro">{t('attributes.layout.intro')}</p>
      {layout.isPending && <p role="status">{t('attributes.layout.loading')}</p>}
      {layout.isError && (
        <div role="alert" className="alert">
          <p>{t('attributes.layout.loadFailed')}</p>
          <button type="button" className="button" onClick={() => void layout.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {layout.data && <AttributeLayoutForm layout={layout.data} />}
    </section>
  );
}
