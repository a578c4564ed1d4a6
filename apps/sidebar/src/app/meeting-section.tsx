import { useTranslation } from 'react-i18next';
import { MeetingParticipants } from '../features/meeting/components/meeting-participants';
import { ZoomConnection } from '../features/session/components/zoom-connection';

/** Above the tabs: the Zoom link of this sidebar and who is in the meeting. */
export function MeetingSection() {
  const { t } = useTranslation();
  return (
    <section className="sidebar__meeting" aria-label={t('zoom.statusLabel')}>
      <ZoomConnection />
      <MeetingParticipants />
    </section>
  );
}
