import { timelineEndpoints } from '@c360/contracts';
import type { SendWrite } from '@/hooks/use-write-queue';
import { toApiError, writeOf } from '@/lib/api-client';
import { timelineKeys } from './timeline-keys';

/**
 * "Undo" on a just-logged activity: `DELETE /api/activities/:id` through the write queue, which the server
 * allows its author for a minute after logging. A re-sent Undo whose first try got through finds the
 * activity gone (NOT_FOUND): that is the outcome asked for, so it answers alike.
 */
export async function undoLog(send: SendWrite, activityId: string): Promise<void> {
  try {
    await send(
      {
        ...writeOf(timelineEndpoints.delete, { params: { id: activityId } }),
        target: `activity-undo:${activityId}`,
        refresh: [[...timelineKeys.all], [...timelineKeys.allMeetingDrafts]],
      },
      timelineEndpoints.delete.response,
    );
  } catch (error) {
    if (toApiError(error).code !== 'NOT_FOUND') throw error;
  }
}
