import type { Activity, MeetingSubject } from '@c360/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingDrafts } from '../api/get-meeting-drafts';
import { formatActivityDate } from '../lib/activity-date';

/**
 * Nothing on this device but a draft of this meeting on the server (another window, a pop-out, cleared
 * storage): offer to continue the newest one.
 */
interface ResumeDraftOfferProps {
  meetingUuid: string;
  /** Only a draft of the subject on screen is offered: "Continue" must not open another company's. */
  subject: MeetingSubject;
  /** Drafts the user cancelled whose deletion has not reached the server yet. */
  hiddenIds: ReadonlySet<string>;
  onContinue: (draft: Activity) => void;
}

const isOf = (draft: Activity, subject: MeetingSubject) => (subject.kind === 'company' ? draft.companyId : draft.relationshipId) === subject.id;

export function ResumeDraftOffer({ meetingUuid, subject, hiddenIds, onContinue }: ResumeDraftOfferProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  const drafts = useMeetingDrafts(meetingUuid, !dismissed);
  const newest = drafts.data?.find((draft) => isOf(draft, subject) && !hiddenIds.has(draft.id));
  if (dismissed || !newest) return null;
  return (
    <section className="resume" aria-labelledby={id}>
      <h3 id={id} className="resume__title">
        {t('timeline.resume.title')}
      </h3>
      <p className="muted">{t('timeline.resume.body', { subject: newest.subject, date: formatActivityDate(newest.activityDate, i18n.language) })}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => onContinue(newest)}>
          {t('timeline.resume.continue')}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t('timeline.resume.dismiss')}
        </button>
      </div>
    </section>
  );
}
