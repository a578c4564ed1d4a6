import { meetingLogPageSchema, meetingLogsQuerySchema, meetingLogViewSchema, postMeetingLogSchema } from '../meeting-log.ts';
import { below, defineEndpoint } from './define-endpoint.ts';
import { meetingPath, type OfMeeting } from './meetings.ts';

/** The host's own route to a log of any meeting they hosted. */
const hostedLogPath = ({ meetingUuid }: OfMeeting) => `/api/meeting-logs/${encodeURIComponent(meetingUuid)}`;

export const meetingLogEndpoints = {
  /** The signed-in user's logs waiting for an answer, of any meeting. */
  list: defineEndpoint({ method: 'GET', path: () => '/api/meeting-logs', query: meetingLogsQuerySchema, response: meetingLogPageSchema }),
  /** This meeting's log as this user sees it. */
  get: defineEndpoint({ method: 'GET', path: below(meetingPath, 'log'), response: meetingLogViewSchema }),
  /** The host's save, save and close all, discard or draft, from the meeting's sidebar. */
  answerInMeeting: defineEndpoint({ method: 'POST', path: below(meetingPath, 'log'), body: postMeetingLogSchema, response: meetingLogViewSchema }),
  /** The sidebar's own end-of-meeting signal; answers with the log as it now is. */
  end: defineEndpoint({ method: 'POST', path: below(meetingPath, 'end'), response: meetingLogViewSchema }),
  getHosted: defineEndpoint({ method: 'GET', path: hostedLogPath, response: meetingLogViewSchema }),
  answer: defineEndpoint({ method: 'POST', path: hostedLogPath, body: postMeetingLogSchema, response: meetingLogViewSchema }),
} as const;
