import { meetingViewSchema, type MeetingView, type PutRoster } from '@c360/contracts';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath } from './get-meeting';

/** Host and co-hosts only (403 otherwise): replaces the meeting's roster; every sidebar hears it through `/events`. */
export const putMeetingRoster = (meetingUuid: string, body: PutRoster): Promise<MeetingView> =>
  apiRequest(`${meetingPath(meetingUuid)}/roster`, meetingViewSchema, { method: 'PUT', body });
