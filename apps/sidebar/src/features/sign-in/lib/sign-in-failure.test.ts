import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_FAILURE, type ReceivedProblem } from '@/lib/api-client';
import { signInFailureOf } from './sign-in-failure';
import { domainFieldsOf, hasDomainFieldError } from './sign-in-steps';

const CODE_OF = { 400: 'VALIDATION', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 409: 'CONFLICT', 429: 'RATE_LIMITED', 500: 'INTERNAL' } as const;

/** A problem as the BFF sends it, with the code of its status. */
const failure = (status: keyof typeof CODE_OF, problem: Partial<ReceivedProblem> = {}, retryAfter?: number) =>
  signInFailureOf(new ApiError(status, { type: 'about:blank', title: 'x', status, code: CODE_OF[status], ...problem }, retryAfter));

describe('what a failed sign-in shows', () => {
  it('a 400 with field errors shows them under their fields', () => {
    expect(failure(400, { errors: [{ path: 'domainUrl', message: 'not EU' }] })).toEqual({ kind: 'fields', fields: { domainUrl: 'not EU' } });
  });

  it('any 401 is the one generic wrong-credentials message', () => {
    expect(failure(401, { detail: 'The user name, password or domain is not correct.' })).toEqual({ kind: 'credentials' });
  });

  it('a 403 tells a licence refusal from the admin policy', () => {
    expect(failure(403, { action: 'signIn', detail: 'Your Internal Collaborator licence cannot sign in' })).toEqual({ kind: 'licence' });
    expect(failure(403, { reason: 'zoom-app-disabled' })).toEqual({ kind: 'policy', policy: 'nobody' });
    expect(failure(403, { reason: 'zoom-app-not-selected' })).toEqual({ kind: 'policy', policy: 'selected' });
    expect(failure(403, { detail: 'Cross-origin request refused.' })).toEqual({ kind: 'forbidden', detail: 'Cross-origin request refused.' });
  });

  it('a 429 says how long to wait', () => {
    expect(failure(429, {}, 30)).toEqual({ kind: 'rate-limited', seconds: 30 });
  });

  it('a sign-in that no longer waits for a choice (409) asks to start again', () => {
    expect(failure(409, { detail: 'No Salesforce sign-in is waiting for this domain' })).toEqual({ kind: 'expired' });
  });

  it('no answer is a network failure; anything else is unexpected', () => {
    expect(signInFailureOf(new ApiError(NETWORK_FAILURE, { type: 'about:blank', title: 'x', status: NETWORK_FAILURE }))).toEqual({ kind: 'network' });
    expect(failure(500, { detail: 'Something went wrong' })).toEqual({ kind: 'unexpected', detail: 'Something went wrong' });
  });
});

describe('the domain of a sign-in', () => {
  it('is sent as the chosen id, or as the typed URL with its data centre', () => {
    const domain = { id: '0b0c6a7e-3a8f-4f5e-9a57-1d2c3b4a5f60', host: 'acme.gainsightcloud.com', environment: 'PRODUCTION', name: 'Acme' } as const;
    expect(domainFieldsOf({ kind: 'chosen', domain })).toEqual({ domainId: domain.id });
    expect(domainFieldsOf({ kind: 'typed', domainUrl: 'initech.eu.gainsightcloud.com', dataCenter: 'EU' })).toEqual({
      domainUrl: 'initech.eu.gainsightcloud.com',
      dataCenter: 'EU',
    });
  });

  it('errors about the typed domain send the user back to the domain screen', () => {
    expect(hasDomainFieldError({ domainUrl: 'x' })).toBe(true);
    expect(hasDomainFieldError({ password: 'x' })).toBe(false);
  });
});
