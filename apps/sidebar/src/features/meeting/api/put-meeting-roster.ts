import { meetingEndpoints, type MeetingView, type PutRoster } from '@c360/contracts';
import { apiCall } from '@/lib/api-client';

/** Host and co-hosts only (403 otherwise): replaces the meeting's roster; every sidebar hears it through `/events`. */
export const putMeetingRoster = (meetingUuid: string, body: PutRoster): Promise<MeetingView> =>
  apiCall(meetingEndpoints.putRoster, { params: { meetingUuid }, body });
