import type { Activity } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { MeetingRecordings } from '@/features/recordings';
import { formatActivityDate } from '../lib/activity-date';
import type { Viewer } from '@/hooks/use-viewer';
import { ActivityComments } from './activity-comments';
import { ActivityNotes } from './activity-notes';
import { ActivityTypeIcon } from './activity-type-icon';
import { DraftActions } from './draft-actions';
import { EditLoggedAction } from './edit-logged-action';

interface ActivityEntryProps {
  activity: Activity;
  viewer: Viewer;
  /** Another activity is open in the editor: one at a time. */
  editorOpen: boolean;
  /** On a company's timeline, entries of its relationships name the relationship. */
  showRelationship: boolean;
  onEdit: (draft: Activity) => void;
}

export function ActivityEntry({ activity, viewer, editorOpen, showRelationship, onEdit }: ActivityEntryProps) {
  const { t, i18n } = useTranslation();
  const titleId = `activity-${activity.id}`;
  const attendees = [...activity.internalAttendees, ...activity.externalAttendees].map((attendee) => attendee.name);
  const own = activity.authorId === viewer.userId && viewer.canWrite;
  const ownDraft = own && activity.status === 'DRAFT';

  return (
    <article className={`panel activity${activity.status === 'DRAFT' ? ' activity--draft' : ''}`} aria-labelledby={titleId}>
      <p className="activity__kind">
        <ActivityTypeIcon type={activity.type} />
        <span>{t(`timeline.types.${activity.type}`)}</span>
        {activity.status === 'DRAFT' && <span className="badge activity__draft-badge">{t('timeline.draft')}</span>}
      </p>
      <h3 id={titleId} className="activity__subject">
        {activity.subject}
      </h3>
      <p className="activity__meta">
        <time dateTime={activity.activityDate}>{formatActivityDate(activity.activityDate, i18n.language)}</time>
        {activity.durationMinutes !== undefined && <span> · {t('timeline.duration', { count: activity.durationMinutes })}</span>}
        <span> · {t('timeline.by', { name: activity.authorName })}</span>
      </p>
      {showRelationship && activity.relationshipName && <p className="activity__meta">{t('timeline.relationship', { name: activity.relationshipName })}</p>}
      {attendees.length > 0 && (
        <p className="activity__meta">
          {t('timeline.attendees', { names: new Intl.ListFormat(i18n.language, { style: 'short', type: 'conjunction' }).format(attendees) })}
        </p>
      )}
      <ActivityNotes html={activity.notes} />
      {activity.type === 'MEETING' && activity.meetingUuid && <MeetingRecordings activityId={activity.id} />}
      {ownDraft && !editorOpen && <DraftActions draft={activity} onEdit={onEdit} />}
      {own && !ownDraft && !editorOpen && <EditLoggedAction activity={activity} onEdit={onEdit} />}
      <ActivityComments activity={activity} canComment={viewer.canComment} />
    </article>
  );
}
