import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { loadSandboxConfig } from '../src/config.ts';
import { testSandboxConfig } from './support/config.ts';

describe('the Zoom sandbox', () => {
  it('refuses to start in production mode', () => {
    expect(() => testSandboxConfig({ NODE_ENV: 'production' })).toThrow(/refuses NODE_ENV=production/);
  });

  it('names a bad setting', () => {
    expect(() => testSandboxConfig({ SANDBOX_PORT: 'many' })).toThrow(/SANDBOX_PORT/);
    expect(() => loadSandboxConfig({})).toThrow(/ZOOM_CLIENT_SECRET/);
  });

  it('serves a start page that links to the product', async () => {
    const app = createSandboxApp(testSandboxConfig({ PUBLIC_URL: 'http://localhost:4000' }));
    const page = await request(app).get('/').expect(200);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('href="http://localhost:4000/"');
    await request(app).get('/healthz').expect(200, { status: 'ok' });
  });
});
