import { useTranslation } from 'react-i18next';
import './waiting-to-send.css';

/**
 * "Waiting to send" beside a write the connection holds back (the write queue re-sends it by itself).
 * The live region stays in the page, empty, so screen readers announce it when it fills.
 */
export function WaitingToSend({ waiting }: { waiting: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="waiting-to-send">
      {waiting ? t('app.waitingToSend') : ''}
    </p>
  );
}
