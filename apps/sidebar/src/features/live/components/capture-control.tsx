import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether the meeting's words are being captured, for everyone in it: a dot, filled and red while on. */
export function CaptureState({ capturing }: { capturing: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={capturing ? 'live__state live__state--on' : 'live__state'}>
      <span className="live__dot" aria-hidden="true" />
      {capturing ? t('live.on') : t('live.off')}
    </span>
  );
}

export interface CaptureControlProps {
  /** Captured now (the BFF follows the stream) or being sent by Zoom: the host may stop it. */
  capturing: boolean;
  busy: 'starting' | 'stopping' | null;
  failed: 'start' | 'stop' | null;
  /** How long the team keeps a live transcript, for the consent line; unknown until the transcript loaded. */
  retentionDays: number | undefined;
  onStart: () => void;
  onStop: () => void;
}

/**
 * The host's start and stop. Start comes after the consent line (what is captured, who sees it, how long it is
 * kept), which the button names as its description.
 */
export function CaptureControl({ capturing, busy, failed, retentionDays, onStart, onStop }: CaptureControlProps) {
  const { t } = useTranslation();
  const consentId = useId();
  return (
    <div className="live__control">
      {capturing ? (
        <button type="button" className="button" aria-disabled={busy !== null} onClick={busy === null ? onStop : undefined}>
          {busy === 'stopping' ? t('live.stopping') : t('live.stop')}
        </button>
      ) : (
        <>
          <p id={consentId} className="live__consent">
            {retentionDays === undefined ? t('live.consent') : t('live.consentDays', { count: retentionDays })}
          </p>
          <button
            type="button"
            className="button button--primary"
            aria-describedby={consentId}
            aria-disabled={busy !== null}
            onClick={busy === null ? onStart : undefined}
          >
            {busy === 'starting' ? t('live.starting') : t('live.start')}
          </button>
        </>
      )}
      {failed && (
        <p role="alert" className="live__error">
          {failed === 'start' ? t('live.startFailed') : t('live.stopFailed')}
        </p>
      )}
    </div>
  );
}
