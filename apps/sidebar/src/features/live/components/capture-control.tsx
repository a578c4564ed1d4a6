import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureAction } from '../hooks/use-capture';

const STATE_TEXT = { off: 'live.off', paused: 'live.paused', on: 'live.on' } as const;

/** Whether the meeting's words are being captured, for everyone in it: a dot, filled and red while on, hollow while paused. */
export function CaptureState({ capturing, paused }: { capturing: boolean; paused: boolean }) {
  const { t } = useTranslation();
  const state = !capturing ? 'off' : paused ? 'paused' : 'on';
  return (
    <span className={`live__state live__state--${state}`}>
      <span className="live__dot" aria-hidden="true" />
      {t(STATE_TEXT[state])}
    </span>
  );
}

export interface CaptureControlProps {
  /** Captured now (the BFF follows the stream) or being sent by Zoom: the host may pause or stop it. */
  capturing: boolean;
  paused: boolean;
  /** The request under way, and the one Zoom refused. */
  busy: CaptureAction | null;
  failed: CaptureAction | null;
  /** How long the team keeps a live transcript, for the consent line; unknown until the transcript loaded. */
  retentionDays: number | undefined;
  onAction: (action: CaptureAction) => void;
}

const BUSY_TEXT = { start: 'live.starting', pause: 'live.pausing', resume: 'live.resuming', stop: 'live.stopping' } as const;
const LABEL = { start: 'live.start', pause: 'live.pause', resume: 'live.resume', stop: 'live.stop' } as const;
const FAILED_TEXT = { start: 'live.startFailed', pause: 'live.pauseFailed', resume: 'live.resumeFailed', stop: 'live.stopFailed' } as const;

/**
 * The host's start, pause, resume and stop. Start comes after the consent line (what is captured, who sees it,
 * how long it is kept), which the button names as its description. While a request is under way, every button
 * waits.
 */
export function CaptureControl({ capturing, paused, busy, failed, retentionDays, onAction }: CaptureControlProps) {
  const { t } = useTranslation();
  const consentId = useId();
  const button = (action: CaptureAction, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      aria-describedby={action === 'start' ? consentId : undefined}
      aria-disabled={busy !== null}
      onClick={busy === null ? () => onAction(action) : undefined}
    >
      {busy === action ? t(BUSY_TEXT[action]) : t(LABEL[action])}
    </button>
  );
  return (
    <div className="live__control">
      {capturing ? (
        <div className="live__buttons">
          {paused ? button('resume', true) : button('pause')}
          {button('stop')}
        </div>
      ) : (
        <>
          <p id={consentId} className="live__consent">
            {retentionDays === undefined ? t('live.consent') : t('live.consentDays', { count: retentionDays })}
          </p>
          {button('start', true)}
        </>
      )}
      {failed && (
        <p role="alert" className="live__error">
          {t(FAILED_TEXT[failed])}
        </p>
      )}
    </div>
  );
}
