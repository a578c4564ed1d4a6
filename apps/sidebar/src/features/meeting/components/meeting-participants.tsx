import { useTranslation } from 'react-i18next';
import { useUserContext } from '../../../hooks/use-user-context';
import { useZoomStatus } from '../../../hooks/use-zoom-status';
import { useMeetingParticipants } from '../hooks/use-meeting-participants';
import { isHostRole } from '../lib/roster';
import { ParticipantList } from './participant-list';
import './meeting-participants.css';

/**
 * The meeting's participants. Zoom lets only the host and co-hosts read them; an attendee sees
 * themself and why the rest is missing.
 */
export function MeetingParticipants() {
  const { t } = useTranslation();
  const inZoom = useZoomStatus().data?.inZoom === true;
  const user = useUserContext(inZoom);
  const canList = isHostRole(user.data?.role);
  const roster = useMeetingParticipants(inZoom && canList);

  if (!user.data?.participantUUID) return null;
  const me = user.data;
  if (!canList) {
    return (
      <ParticipantList participants={[{ participantUUID: me.participantUUID, screenName: me.screenName, role: me.role }]} myParticipantUuid={me.participantUUID}>
        <p role="note" className="participants__note">
          {t('meeting.attendeeNote')}
        </p>
      </ParticipantList>
    );
  }
  if (roster.status === 'loading') return <p className="participants__note">{t('meeting.loading')}</p>;
  if (roster.status === 'failed') return <p role="alert" className="participants__note">{t('meeting.failed')}</p>;
  return <ParticipantList participants={roster.participants} myParticipantUuid={me.participantUUID} lastChange={roster.lastChange} />;
}
