import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMeetingUuid } from '@/hooks/use-meeting-uuid';
import { useUserContext } from '@/hooks/use-user-context';
import { useZoomStatus } from '@/hooks/use-zoom-status';
import { useMeeting } from '../api/get-meeting';
import { useRecordMeetingOpened } from '../api/record-meeting-opened';
import { useMeetingEvents } from '../hooks/use-meeting-events';
import { useMeetingParticipants } from '../hooks/use-meeting-participants';
import { usePublishRoster } from '../hooks/use-publish-roster';
import { useRosterAnnouncement } from '../hooks/use-roster-announcement';
import { rowsFromRoster, rowsFromView, type ParticipantRow } from '../lib/participant-rows';
import { isHostRole } from '../lib/roster';
import { summarizeParticipants } from '../lib/participant-summary';
import { ParticipantList } from './participant-list';
import './meeting-participants.css';

type Source = 'view' | 'zoom' | 'me';

/**
 * "5 in the call · 3 in Gainsight · 1 to confirm". Only the shared view knows who is in Gainsight, and an
 * attendee without it sees only themself, so their line names the list instead of counting one.
 */
function summaryLine(source: Source, rows: readonly ParticipantRow[], t: TFunction): string {
  if (source === 'me') return t('meeting.participants');
  const { inCall, known, toConfirm } = summarizeParticipants(rows);
  const parts = [t('meeting.inCall', { count: inCall })];
  if (source === 'view') parts.push(t('meeting.inGainsight', { count: known }));
  if (toConfirm > 0) parts.push(t('meeting.toConfirm', { count: toConfirm }));
  return parts.join(t('meeting.summarySeparator'));
}

/**
 * The meeting's participants. Zoom lets only the host and co-hosts read them, so the host's sidebar shares
 * its roster through the BFF and every signed-in sidebar of the meeting shows that shared view, with who
 * each participant is in Gainsight. Without it, a host still sees Zoom's list; an attendee sees themself
 * and why the rest is missing. Folded to one line of counts when `foldedByDefault` (until the user opens it).
 */
export function MeetingParticipants({ foldedByDefault }: { foldedByDefault: boolean }) {
  const { t } = useTranslation();
  const inZoom = useZoomStatus().data?.inZoom === true;
  const user = useUserContext(inZoom);
  const hosting = isHostRole(user.data?.role);
  const zoomRoster = useMeetingParticipants(inZoom && hosting);
  // Null until signed in to Gainsight in a verified meeting: the meeting routes need both.
  const meetingUuid = useMeetingUuid();
  const meeting = useMeeting(meetingUuid);
  const events = useMeetingEvents(meetingUuid);
  useRecordMeetingOpened(meetingUuid);
  usePublishRoster({ enabled: hosting && zoomRoster.status === 'ready', meetingUuid, roster: zoomRoster.participants });

  const me = user.data;
  const shared = meeting.data?.participants ?? [];
  const source: Source = shared.length > 0 ? 'view' : hosting ? 'zoom' : 'me';
  const rows: ParticipantRow[] =
    source === 'view'
      ? rowsFromView(shared)
      : source === 'zoom'
        ? rowsFromRoster(zoomRoster.participants)
        : me
          ? [{ participantUuid: me.participantUUID, displayName: me.screenName, role: me.role }]
          : [];
  const announcement = useRosterAnnouncement(source, rows);

  if (!me?.participantUUID) return null;
  const reconnecting = events === 'reconnecting' && (
    <p role="status" className="participants__connection">
      {t('meeting.reconnecting')}
    </p>
  );
  if (source === 'zoom' && zoomRoster.status === 'loading') return <p className="participants__note">{t('meeting.loading')}</p>;
  if (source === 'zoom' && zoomRoster.status === 'failed')
    return (
      <p role="alert" className="participants__note">
        {t('meeting.failed')}
      </p>
    );
  // A signed-in attendee waits for the shared view before being told it is missing.
  if (source === 'me' && meeting.isPending && meetingUuid !== null) return <p className="participants__note">{t('meeting.loading')}</p>;
  return (
    <>
      <ParticipantList
        participants={rows}
        myParticipantUuid={me.participantUUID}
        meetingUuid={source === 'view' ? meetingUuid : null}
        summary={summaryLine(source, rows, t)}
        foldedByDefault={foldedByDefault}
        announcement={announcement}
      >
        {source === 'me' && (
          <p role="note" className="participants__note">
            {t('meeting.attendeeNote')}
          </p>
        )}
      </ParticipantList>
      {reconnecting}
    </>
  );
}
