import {
  adminEndpoints,
  attributeEndpoints,
  ctaEndpoints,
  domainApiEndpoints,
  insightsEndpoints,
  meetingEndpoints,
  meetingLogEndpoints,
  peopleEndpoints,
  recordingEndpoints,
  reportEndpoints,
  scorecardEndpoints,
  searchEndpoints,
  sessionEndpoints,
  subjectSummaryEndpoints,
  timelineEndpoints,
  type EndpointShape,
} from '@c360/contracts';

/** How a group's routes are called: with the sidebar's session cookie, with an API key, or by anyone. */
export type ApiCaller = 'session' | 'apiKey' | 'anyone';

/** One tag of the API reference: endpoints of the contracts, called alike. */
export interface ApiGroup {
  tag: string;
  caller: ApiCaller;
  endpoints: Readonly<Record<string, EndpointShape>>;
}

/**
 * Every endpoint the OpenAPI document describes, by tag: a new group of contracts is one line here (the
 * route test fails a route of the app that is in no group). The session group signs in, so it needs none.
 */
export const API_GROUPS: readonly ApiGroup[] = [
  { tag: 'Domain API', caller: 'apiKey', endpoints: domainApiEndpoints },
  { tag: 'Session', caller: 'anyone', endpoints: sessionEndpoints },
  { tag: 'Search', caller: 'session', endpoints: searchEndpoints },
  { tag: 'Subjects', caller: 'session', endpoints: subjectSummaryEndpoints },
  { tag: 'Attributes', caller: 'session', endpoints: attributeEndpoints },
  { tag: 'Timeline', caller: 'session', endpoints: timelineEndpoints },
  { tag: 'People', caller: 'session', endpoints: peopleEndpoints },
  { tag: 'CTAs', caller: 'session', endpoints: ctaEndpoints },
  { tag: 'Scorecard', caller: 'session', endpoints: scorecardEndpoints },
  { tag: 'Insights', caller: 'session', endpoints: insightsEndpoints },
  { tag: 'Meetings', caller: 'session', endpoints: meetingEndpoints },
  { tag: 'Meeting log', caller: 'session', endpoints: meetingLogEndpoints },
  { tag: 'Recordings', caller: 'session', endpoints: recordingEndpoints },
  { tag: 'Reports', caller: 'session', endpoints: reportEndpoints },
  { tag: 'Administration', caller: 'session', endpoints: adminEndpoints },
];
