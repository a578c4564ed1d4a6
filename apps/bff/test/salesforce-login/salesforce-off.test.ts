import { loginMethodsSchema } from '@c360/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { PRODUCTION_ENV, PUBLIC_URL, testApp } from '../support/test-app.ts';

describe('Sign in with Salesforce without SALESFORCE_CLIENT_ID', () => {
  it('answers 404 problem+json on each of its routes', async () => {
    const app = testApp();
    for (const path of ['/auth/salesforce', '/auth/salesforce/callback?code=c&state=s']) {
      const res = await request(app).get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toBe('Sign in with Salesforce is not set up for this app.');
    }
    const choice = await request(app).post('/api/login/salesforce').set('Origin', PUBLIC_URL).send({ domainId: crypto.randomUUID() });
    expect(choice.status).toBe(404);
    expect(choice.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('tells the sidebar not to offer it', async () => {
    expect((await request(testApp()).get('/api/login/methods').expect(200)).body).toMatchObject({ salesforce: false });
    const on = await request(testApp({ env: { SALESFORCE_CLIENT_ID: 'sf-client', SALESFORCE_CLIENT_SECRET: 'sf-secret' } }))
      .get('/api/login/methods')
      .expect(200);
    expect(on.body).toMatchObject({ salesforce: true });
  });

  it('gives the sidebar the configured privacy policy, terms of use and support links', async () => {
    const env = { PRIVACY_POLICY_URL: 'https://example.com/privacy', TERMS_OF_USE_URL: 'https://example.com/terms', SUPPORT_URL: 'https://example.com/help' };
    const res = await request(testApp({ env })).get('/api/login/methods').expect(200);
    expect(loginMethodsSchema.parse(res.body).links).toEqual({
      privacy: 'https://example.com/privacy',
      terms: 'https://example.com/terms',
      support: 'https://example.com/help',
    });
  });
});

describe('Salesforce configuration', () => {
  it("defaults to Salesforce's own endpoints", () => {
    const { salesforce } = loadConfig({ NODE_ENV: 'test', SALESFORCE_CLIENT_ID: 'sf-client' });
    expect(salesforce).toMatchObject({
      clientId: 'sf-client',
      authorizeUrl: 'https://login.salesforce.com/services/oauth2/authorize',
      tokenUrl: 'https://login.salesforce.com/services/oauth2/token',
      userinfoUrl: 'https://login.salesforce.com/services/oauth2/userinfo',
      clientAuth: 'body',
    });
    expect(loadConfig({ NODE_ENV: 'test' }).salesforce).toBeUndefined();
  });

  it('requires the client secret in production only when the client id is set, without echoing values', () => {
    expect(loadConfig(PRODUCTION_ENV).salesforce).toBeUndefined();
    expect(() => loadConfig({ ...PRODUCTION_ENV, SALESFORCE_CLIENT_ID: 'sf-client' })).toThrow(
      'Invalid configuration: SALESFORCE_CLIENT_SECRET is required in production when SALESFORCE_CLIENT_ID is set',
    );
    expect(() => loadConfig({ ...PRODUCTION_ENV, SALESFORCE_CLIENT_ID: 'sf-client', SALESFORCE_TOKEN_URL: 'ftp://x' })).toThrow(
      /SALESFORCE_TOKEN_URL must be an http\(s\) URL/,
    );
  });
});
