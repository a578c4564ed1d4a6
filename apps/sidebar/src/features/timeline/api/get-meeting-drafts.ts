import { timelineEndpoints, type Activity } from '@c360/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiCall, toApiError } from '@/lib/api-client';
import { timelineKeys } from './timeline-keys';

/** The user's own drafts of the meeting, newest first; a BFF without the route (NOT_FOUND) simply has none. */
export async function getMeetingDrafts(meetingUuid: string): Promise<Activity[]> {
  try {
    const { items } = await apiCall(timelineEndpoints.meetingDrafts, { params: { meetingUuid } });
    return items;
  } catch (error) {
    if (toApiError(error).code === 'NOT_FOUND') return [];
    throw error;
  }
}

export const useMeetingDrafts = (meetingUuid: string | null, enabled: boolean) =>
  useQuery({
    queryKey: timelineKeys.meetingDrafts(meetingUuid),
    queryFn: () => getMeetingDrafts(meetingUuid ?? ''),
    enabled: enabled && meetingUuid !== null,
    // An offer, not data the user waits for: one quiet try.
    retry: false,
  });
