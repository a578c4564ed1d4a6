import { AdminSettingsScreen } from '@/components/ui/admin-screen';
import { useAttributeLayout } from '../api/get-attribute-layout';
import { AttributeLayoutForm } from './attribute-layout-form';
import './attribute-layout.css';

/** The tenant admin picks and orders the attributes the Zoom app shows (seed 002: 項目の選択と並べ替え). */
export function AttributeLayoutScreen({ onClose }: { onClose: () => void }) {
  return (
    <AdminSettingsScreen texts="attributes.layout" query={useAttributeLayout()} onClose={onClose}>
      {(layout) => <AttributeLayoutForm layout={layout} />}
    </AdminSettingsScreen>
  );
}
