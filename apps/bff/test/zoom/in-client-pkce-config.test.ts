import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('ZOOM_IN_CLIENT_PKCE_METHOD', () => {
  it('defaults to plain, as Zoom’s current in-client OAuth docs say', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).ZOOM_IN_CLIENT_PKCE_METHOD).toBe('plain');
  });

  it('accepts S256', () => {
    expect(loadConfig({ NODE_ENV: 'test', ZOOM_IN_CLIENT_PKCE_METHOD: 'S256' }).ZOOM_IN_CLIENT_PKCE_METHOD).toBe('S256');
  });

  it('stops start-up naming the variable for anything else', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', ZOOM_IN_CLIENT_PKCE_METHOD: 'sha256' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', ZOOM_IN_CLIENT_PKCE_METHOD: 'sha256' })).toThrow(/ZOOM_IN_CLIENT_PKCE_METHOD must be plain or S256/);
  });
});
