import { timelineEndpoints } from '@c360/contracts';
import { writeOf } from '@/lib/api-client';
import type { NewWrite, QueuedWrite } from '@/lib/write-queue';
import type { PendingDiscard } from '../lib/draft-sync';
import { timelineKeys } from './timeline-keys';

// Every discard's path starts so: how a queued write is told to be one.
const DISCARD_PATH = timelineEndpoints.discardDraft.path({ idempotencyKey: '' });
// The thing a discard writes: the activity once its id is known (the timeline hides it meanwhile).
const ACTIVITY_TARGET = 'activity:';

/**
 * `DELETE /api/activity-drafts/:idempotencyKey` as a queued write: a cancelled new activity's server draft,
 * if it got that far, deleted however long the connection is down. The server's answer is final (a draft
 * logged meanwhile is a 409: kept).
 */
export const discardDraftWrite = ({ idempotencyKey, activityId }: PendingDiscard): NewWrite => ({
  ...writeOf(timelineEndpoints.discardDraft, { params: { idempotencyKey } }),
  target: activityId === null ? `activity-draft:${idempotencyKey}` : `${ACTIVITY_TARGET}${activityId}`,
  refresh: [[...timelineKeys.all], [...timelineKeys.allMeetingDrafts]],
});

export const isDiscard = (write: QueuedWrite): boolean => write.method === 'DELETE' && write.path.startsWith(DISCARD_PATH);

/** The activity a queued discard removes, when its id is known. */
export const discardedActivityId = (write: QueuedWrite): string | null =>
  isDiscard(write) && write.target.startsWith(ACTIVITY_TARGET) ? write.target.slice(ACTIVITY_TARGET.length) : null;
