import type { NewWrite, QueuedWrite } from '../../../lib/write-queue';
import type { PendingDiscard } from '../lib/draft-sync';
import { timelineRootKey } from './get-timeline';

const DISCARD_PATH = '/api/activity-drafts/';
// The thing a discard writes: the activity once its id is known (the timeline hides it meanwhile).
const ACTIVITY_TARGET = 'activity:';

/**
 * `DELETE /api/activity-drafts/:idempotencyKey` as a queued write: a cancelled new activity's server draft,
 * if it got that far, deleted however long the connection is down. The server's answer is final (a draft
 * logged meanwhile is a 409: kept).
 */
export const discardDraftWrite = ({ idempotencyKey, activityId }: PendingDiscard): NewWrite => ({
  method: 'DELETE',
  path: `${DISCARD_PATH}${encodeURIComponent(idempotencyKey)}`,
  body: undefined,
  target: activityId === null ? `activity-draft:${idempotencyKey}` : `${ACTIVITY_TARGET}${activityId}`,
  refresh: [[...timelineRootKey], ['timeline-meeting-drafts']],
});

export const isDiscard = (write: QueuedWrite): boolean => write.method === 'DELETE' && write.path.startsWith(DISCARD_PATH);

/** The activity a queued discard removes, when its id is known. */
export const discardedActivityId = (write: QueuedWrite): string | null =>
  isDiscard(write) && write.target.startsWith(ACTIVITY_TARGET) ? write.target.slice(ACTIVITY_TARGET.length) : null;
