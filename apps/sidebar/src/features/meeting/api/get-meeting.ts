import { meetingViewSchema, type MeetingView } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const meetingQueryKey = (meetingUuid: string) => ['meeting', meetingUuid] as const;

const meetingPath = (meetingUuid: string) => `/api/meetings/${encodeURIComponent(meetingUuid)}`;

export const getMeeting = (meetingUuid: string): Promise<MeetingView> => apiRequest(meetingPath(meetingUuid), meetingViewSchema);

export const meetingQueryOptions = (meetingUuid: string) =>
  queryOptions({ queryKey: meetingQueryKey(meetingUuid), queryFn: () => getMeeting(meetingUuid) });

/**
 * The meeting's roster, matches and chosen subject, shared by every sidebar of the meeting. The event
 * stream (`useMeetingEvents`) writes each change into this same cache entry.
 */
export const useMeeting = (meetingUuid: string | null) =>
  useQuery({ ...meetingQueryOptions(meetingUuid ?? ''), enabled: meetingUuid !== null });

export { meetingPath };
