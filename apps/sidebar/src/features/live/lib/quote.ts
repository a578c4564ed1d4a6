import type { TranscriptSegment } from '@c360/contracts';
import type { TFunction } from 'i18next';

/** When a line was said, as a clock time in the UI language ("10:42 AM", "10:42"). */
export const clockTime = (iso: string, language: string) => new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso));

/** A line as quoted into an activity's notes: `“text” — Speaker, 10:42`. */
export const quoteOf = (segment: TranscriptSegment, t: TFunction, language: string) =>
  t('live.quote', { text: segment.text.trim(), speaker: segment.speakerName, time: clockTime(segment.startTime, language) });
