import { EXPORT_FORMATS, exportUrl } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/components/ui/admin-screen';

/**
 * The domain's data to take away, in the columns the import reads (tenant admins). Each format is a plain
 * same-origin link: the session cookie goes with it and the browser saves the file as it streams.
 */
export function ExportScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.export.title')} intro={t('admin.export.intro')} closeLabel={t('admin.export.close')} onClose={onClose}>
      <div className="actions actions--stacked">
        {EXPORT_FORMATS.map((format) => (
          <a key={format} className="button" href={exportUrl(format)} download>
            {t(`admin.export.formats.${format}`)}
          </a>
        ))}
      </div>
    </AdminScreen>
  );
}
