import { describe, expect, it } from 'vitest';
import { endpointUrl } from '../src/endpoints/define-endpoint.ts';
import { ctaEndpoints, meetingEndpoints, sessionEndpoints, timelineEndpoints } from '../src/endpoints/index.ts';

const id = '0b8f6f3e-8a55-4f4b-9d3e-6f1c2a4b5c6d';

describe('an endpoint URL', () => {
  it('is the path alone when there is no query', () => {
    expect(endpointUrl(sessionEndpoints.get)).toBe('/api/session');
    expect(endpointUrl(meetingEndpoints.confirmParticipantPerson, { params: { meetingUuid: 'a/b', participantUuid: 'p 1' }, body: { personId: null } })).toBe(
      '/api/meetings/a%2Fb/participants/p%201/person',
    );
  });

  it("builds a subject's path for either kind", () => {
    expect(endpointUrl(timelineEndpoints.list, { params: { subject: { kind: 'relationship', id } }, query: { limit: 20 } })).toBe(
      `/api/relationships/${id}/timeline?limit=20`,
    );
  });

  it('sends the query in the order given and leaves out what is undefined', () => {
    const query = { limit: '20', status: 'OPEN' as const, activityId: undefined, cursor: 'c=1' };
    expect(endpointUrl(ctaEndpoints.list, { params: { subject: { kind: 'company', id } }, query })).toBe(
      `/api/companies/${id}/ctas?limit=20&status=OPEN&cursor=c%3D1`,
    );
  });

  it('takes a query encoded elsewhere as it is', () => {
    expect(endpointUrl(ctaEndpoints.list, { params: { subject: { kind: 'company', id } }, query: new URLSearchParams({ status: 'ALL' }) })).toBe(
      `/api/companies/${id}/ctas?status=ALL`,
    );
  });
});
