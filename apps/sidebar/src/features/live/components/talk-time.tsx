import { useTranslation } from 'react-i18next';
import type { LiveTranscript } from '@/features/meeting';
import { useNow } from '../hooks/use-now';
import { formatTalkTime, OPEN_TALK_CAP_MS, openTalk, talkTimes } from '../lib/talk-time';

/**
 * How long each side has talked so far: recounted with every new line, and every second while someone speaks
 * (their talk grows before Zoom sends its line), and who speaks now. A bar and one line per side, so the
 * transcript keeps the room; each speaker's time unfolds on demand.
 */
export function TalkTime({ transcript }: { transcript: LiveTranscript }) {
  const { t } = useTranslation();
  const now = useNow(transcript.capturing && transcript.speaking !== undefined);
  const open = openTalk(transcript, now);
  // A pass over the lines per second: cheap next to the render itself.
  const sides = talkTimes(transcript.items, open);
  // Past the cap it is more likely a silence than talk: nobody is shown speaking.
  const speaking = open && open.milliseconds < OPEN_TALK_CAP_MS ? open : undefined;
  const total = sides.reduce((sum, side) => sum + side.seconds, 0);
  if (sides.length === 0) return null;
  const percentOf = (seconds: number) => (total === 0 ? 0 : Math.round((seconds / total) * 100));
  return (
    <section className="live__talk" aria-label={t('live.talkTime')}>
      <h3 className="live__heading">{t('live.talkTime')}</h3>
      <div className="live__bar" aria-hidden="true">
        {sides.map((side) => (
          <span key={side.side} className={`live__bar-part live__side--${side.side}`} style={{ flexGrow: side.seconds }} />
        ))}
      </div>
      <ul className="live__sides">
        {sides.map((side) => (
          <li key={side.side} className={`live__side live__side--${side.side}`}>
            <span className="live__swatch" aria-hidden="true" />
            <span className="live__side-name">{t(`live.sides.${side.side}`)}</span>{' '}
            <span className="live__side-time">{t('live.sideTime', { time: formatTalkTime(side.seconds), percent: percentOf(side.seconds) })}</span>
          </li>
        ))}
      </ul>
      {speaking && (
        <p className={`live__speaking live__side--${speaking.side}`}>
          <span className="live__swatch live__swatch--speaking" aria-hidden="true" />
          {t('live.speakingNow', { name: speaking.speakerName })}
        </p>
      )}
      <details className="live__by-speaker">
        <summary>{t('live.bySpeaker')}</summary>
        <ul className="live__speakers">
          {sides.flatMap((side) =>
            side.speakers.map((speaker) => (
              <li key={`${side.side}:${speaker.speakerName}`} className={`live__speaker live__side--${side.side}`}>
                <span className="live__swatch" aria-hidden="true" />
                <span className="live__speaker-name">{speaker.speakerName}</span> <span className="live__speaker-time">{formatTalkTime(speaker.seconds)}</span>
              </li>
            )),
          )}
        </ul>
      </details>
    </section>
  );
}
