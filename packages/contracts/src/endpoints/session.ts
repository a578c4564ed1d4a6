import { loginLookupRequestSchema, loginLookupResponseSchema, loginMethodsSchema, loginRequestSchema } from '../login.ts';
import { salesforceLoginRequestSchema } from '../salesforce-login.ts';
import { sessionViewSchema } from '../session.ts';
import { zoomAuthorizedRequestSchema, zoomAuthorizeResponseSchema, zoomContextRequestSchema } from '../zoom.ts';
import { defineEndpoint } from './define-endpoint.ts';

/** The session, the Gainsight sign-in and the Zoom link: each answers with the session as it now is. */
export const sessionEndpoints = {
  get: defineEndpoint({ method: 'GET', path: () => '/api/session', response: sessionViewSchema }),
  signIn: defineEndpoint({ method: 'POST', path: () => '/api/login', body: loginRequestSchema, response: sessionViewSchema }),
  lookUpLogin: defineEndpoint({ method: 'POST', path: () => '/api/login/lookup', body: loginLookupRequestSchema, response: loginLookupResponseSchema }),
  loginMethods: defineEndpoint({ method: 'GET', path: () => '/api/login/methods', response: loginMethodsSchema }),
  completeSalesforceSignIn: defineEndpoint({
    method: 'POST',
    path: () => '/api/login/salesforce',
    body: salesforceLoginRequestSchema,
    response: sessionViewSchema,
  }),
  signOut: defineEndpoint({ method: 'POST', path: () => '/api/logout', response: sessionViewSchema }),
  startZoomAuthorize: defineEndpoint({ method: 'GET', path: () => '/api/zoom/authorize', response: zoomAuthorizeResponseSchema }),
  completeZoomAuthorize: defineEndpoint({ method: 'POST', path: () => '/api/zoom/authorized', body: zoomAuthorizedRequestSchema, response: sessionViewSchema }),
  linkZoomContext: defineEndpoint({ method: 'POST', path: () => '/api/zoom/context', body: zoomContextRequestSchema, response: sessionViewSchema }),
} as const;
