import { useTranslation } from 'react-i18next';
import { OpenCommitments } from '@/features/ctas';
import { LiveSection } from '@/features/live';
import { MeetingParticipants } from '@/features/meeting';
import { MeetingLogSection } from '@/features/meeting-log';
import { useCurrentSubject } from '@/features/subject';
import { ZoomConnection } from '@/features/zoom-connection';

/**
 * Above the tabs: the Zoom link of this sidebar, who is in the meeting (folded), the company's open commitments
 * of earlier meetings, the live transcript while it runs (beside the activity being written in the Timeline, so a
 * line can be quoted into it), and, once it ended, its log.
 */
export function MeetingSection() {
  const { t } = useTranslation();
  // Once the meeting's company or relationship is chosen, the tabs need the room more than the roster does.
  const { subject } = useCurrentSubject();
  return (
    <section className="sidebar__meeting" aria-label={t('zoom.statusLabel')}>
      <ZoomConnection />
      {/* However much of it is unfolded, the tabs keep most of the panel: this part scrolls instead. */}
      <div className="sidebar__meeting-now">
        <MeetingParticipants foldedByDefault={subject !== null} />
        <OpenCommitments />
        <LiveSection />
      </div>
      <MeetingLogSection />
    </section>
  );
}
