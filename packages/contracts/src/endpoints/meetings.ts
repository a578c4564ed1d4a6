import { confirmParticipantPersonSchema, meetingViewSchema, putRosterSchema, putSubjectSchema } from '../meetings.ts';
import { meetingTranscriptSchema } from '../transcripts.ts';
import { below, defineEndpoint, fileSchema, noContentSchema } from './define-endpoint.ts';

export interface OfMeeting {
  meetingUuid: string;
}

/** `/api/meetings/:uuid`, the root of the meeting's routes (its `/events` stream too). */
export const meetingPath = ({ meetingUuid }: OfMeeting): string => `/api/meetings/${encodeURIComponent(meetingUuid)}`;

/** The meeting as every sidebar of it shares it; each write answers with the meeting as it now is. */
export const meetingEndpoints = {
  get: defineEndpoint({ method: 'GET', path: meetingPath, response: meetingViewSchema }),
  /** Host and co-hosts only (403 otherwise). */
  putRoster: defineEndpoint({ method: 'PUT', path: below(meetingPath, 'roster'), body: putRosterSchema, response: meetingViewSchema }),
  putSubject: defineEndpoint({ method: 'PUT', path: below(meetingPath, 'subject'), body: putSubjectSchema, response: meetingViewSchema }),
  confirmParticipantPerson: defineEndpoint({
    method: 'PUT',
    path: (params: OfMeeting & { participantUuid: string }) => `${meetingPath(params)}/participants/${encodeURIComponent(params.participantUuid)}/person`,
    body: confirmParticipantPersonSchema,
    response: meetingViewSchema,
  }),
  /** The "sidebar opened" audit event. */
  recordOpened: defineEndpoint({ method: 'POST', path: below(meetingPath, 'opened'), response: noContentSchema }),
  /** The live transcript so far (RTMS), for the sessions that may see the meeting. */
  transcript: defineEndpoint({ method: 'GET', path: below(meetingPath, 'transcript'), response: meetingTranscriptSchema }),
  /** The same as a plain-text file (the after-call summary's full transcript of a live capture). */
  transcriptText: defineEndpoint({ method: 'GET', path: below(meetingPath, 'transcript.txt'), download: ['text/plain'], response: fileSchema }),
  /** Server-sent events: each change of the meeting as every open sidebar of it follows it. */
  events: defineEndpoint({ method: 'GET', path: below(meetingPath, 'events'), download: ['text/event-stream'], response: fileSchema }),
} as const;
