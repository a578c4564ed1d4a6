import type { TranscriptSegment } from '@c360/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTalkTime, talkTimes } from '../lib/talk-time';

/** How long each side and each speaker has talked so far: recounted with every new line. */
export function TalkTime({ segments }: { segments: readonly TranscriptSegment[] }) {
  const { t } = useTranslation();
  const sides = useMemo(() => talkTimes(segments), [segments]);
  const total = sides.reduce((sum, side) => sum + side.seconds, 0);
  if (sides.length === 0) return null;
  return (
    <section className="live__talk" aria-label={t('live.talkTime')}>
      <h3 className="live__heading">{t('live.talkTime')}</h3>
      <dl className="live__sides">
        {sides.map((side) => (
          <div key={side.side} className="live__side">
            <dt className="live__side-name">{t(`live.sides.${side.side}`)}</dt>
            <dd className="live__side-time">
              {t('live.sideTime', { time: formatTalkTime(side.seconds), percent: total === 0 ? 0 : Math.round((side.seconds / total) * 100) })}
            </dd>
            {side.speakers.map((speaker) => (
              <dd key={speaker.speakerName} className="live__speaker">
                <span className="live__speaker-name">{speaker.speakerName}</span> <span className="live__speaker-time">{formatTalkTime(speaker.seconds)}</span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
