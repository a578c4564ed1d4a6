import { useTranslation } from 'react-i18next';
import { MeetingParticipants } from '@/features/meeting';
import { MeetingLogSection } from '@/features/meeting-log';
import { ZoomConnection } from '@/features/zoom-connection';

/** Above the tabs: the Zoom link of this sidebar, who is in the meeting, and, once it ended, its log. */
export function MeetingSection() {
  const { t } = useTranslation();
  return (
    <section className="sidebar__meeting" aria-label={t('zoom.statusLabel')}>
      <ZoomConnection />
      <MeetingParticipants />
      <MeetingLogSection />
    </section>
  );
}
