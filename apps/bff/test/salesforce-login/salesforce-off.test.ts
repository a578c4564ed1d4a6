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
    await request(testApp()).get('/api/login/methods').expect(200, { salesforce: false });
    await request(testApp({ env: { SALESFORCE_CLIENT_ID: 'sf-client', SALESFORCE_CLIENT_SECRET: 'sf-secret' } }))
      .get('/api/login/methods')
      .expect(200, { salesforce: true });
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
