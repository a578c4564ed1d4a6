import type { TranscriptSegment } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isHostRole, useMeeting, useTranscript } from '@/features/meeting';
import { requestQuote } from '@/features/timeline';
import { useMeetingUuid } from '@/hooks/use-meeting-uuid';
import { useUserContext } from '@/hooks/use-user-context';
import { useZoomStatus } from '@/hooks/use-zoom-status';
import { useCapture } from '../hooks/use-capture';
import { quoteOf } from '../lib/quote';
import { LivePanel } from './live-panel';
import './live.css';

/**
 * The live view while the meeting runs, for every signed-in sidebar of it: the transcript comes from the BFF
 * (the meeting's event stream keeps it current); the host starts and stops capture through the Zoom client.
 */
export function LiveSection() {
  const { t, i18n } = useTranslation();
  const inZoom = useZoomStatus().data?.inZoom === true;
  const hosting = isHostRole(useUserContext(inZoom).data?.role);
  const meetingUuid = useMeetingUuid();
  const meeting = useMeeting(meetingUuid);
  const transcript = useTranscript(meetingUuid);
  const capture = useCapture(inZoom && hosting);
  const [notice, setNotice] = useState<string | null>(null);

  // Once the meeting ended, the after-call panel takes over.
  if (meetingUuid === null || !meeting.data || meeting.data.logState !== undefined) return null;

  const quote = (segment: TranscriptSegment) => setNotice(requestQuote(quoteOf(segment, t, i18n.language)) ? t('live.quoted') : t('live.quoteWaiting'));
  const control =
    inZoom && hosting
      ? {
          capturing: transcript.data?.capturing === true || capture.sending,
          // Zoom's own status first: the BFF hears a pause or resume a moment later.
          paused: capture.sending ? capture.paused : transcript.data?.paused === true,
          busy: capture.busy,
          failed: capture.failed,
          retentionDays: transcript.data?.retentionDays,
          onAction: capture.run,
        }
      : null;
  return <LivePanel transcript={transcript.data} loadFailed={transcript.isError} control={control} onQuote={quote} notice={notice} />;
}
