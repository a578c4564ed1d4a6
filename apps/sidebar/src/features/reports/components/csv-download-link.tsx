import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the link says "Downloading…": the browser gives no word when a plain link's download ends. */
const DOWNLOADING_MS = 3000;

/**
 * "Download CSV": a plain link styled as a button (the session cookie goes with it, so no fetch and blob
 * are needed), which says for a moment that the file is downloading, announced politely.
 */
export function CsvDownloadLink({ href, hintId }: { href: string; hintId: string }) {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);

  useEffect(() => {
    if (!downloading) return;
    const timer = setTimeout(() => setDownloading(false), DOWNLOADING_MS);
    return () => clearTimeout(timer);
  }, [downloading]);

  return (
    <>
      <a className="button" href={href} download aria-describedby={hintId} data-testid="report-csv" onClick={() => setDownloading(true)}>
        {downloading ? t('reports.csv.downloading') : t('reports.csv.download')}
      </a>
      <span role="status" className="visually-hidden">
        {downloading ? t('reports.csv.downloadingStatus') : ''}
      </span>
    </>
  );
}
