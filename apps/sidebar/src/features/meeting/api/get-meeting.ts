import { meetingEndpoints, meetingPath as meetingPathOf, type MeetingView } from '@c360/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const meetingKeys = { detail: (meetingUuid: string) => ['meeting', meetingUuid] as const };

/** `/api/meetings/:uuid`, the root of the meeting's routes (its `/events` stream too). */
export const meetingPath = (meetingUuid: string) => meetingPathOf({ meetingUuid });

export const getMeeting = (meetingUuid: string): Promise<MeetingView> => apiCall(meetingEndpoints.get, { params: { meetingUuid } });

export const meetingQueryOptions = (meetingUuid: string) => queryOptions({ queryKey: meetingKeys.detail(meetingUuid), queryFn: () => getMeeting(meetingUuid) });

/**
 * The meeting's roster, matches and chosen subject, shared by every sidebar of the meeting. The event
 * stream (`useMeetingEvents`) writes each change into this same cache entry.
 */
export const useMeeting = (meetingUuid: string | null) => useQuery({ ...meetingQueryOptions(meetingUuid ?? ''), enabled: meetingUuid !== null });
