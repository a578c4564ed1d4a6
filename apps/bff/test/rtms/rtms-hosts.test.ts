import { describe, expect, it } from 'vitest';
import { isAllowedRtmsUrl } from '../../src/rtms/rtms-hosts.ts';
import { testConfig } from '../support/test-app.ts';

describe('where the BFF may open RTMS sockets', () => {
  const listed = ['localhost:3001', 'rtms.internal'];

  it('allows Zoom’s own servers over TLS, and the hosts ZOOM_RTMS_HOSTS lists', () => {
    expect(isAllowedRtmsUrl('wss://rtms-sjc1.zoom.us/signaling/abc', [])).toBe(true);
    expect(isAllowedRtmsUrl('ws://localhost:3001/rtms/n1/signaling/abc', listed)).toBe(true);
    expect(isAllowedRtmsUrl('wss://rtms.internal/rtms', listed)).toBe(true);
    expect(isAllowedRtmsUrl('ws://rtms.internal:80/rtms', listed)).toBe(true);
  });

  it('refuses everything else a webhook might name', () => {
    expect(isAllowedRtmsUrl('ws://rtms-sjc1.zoom.us/signaling', [])).toBe(false);
    expect(isAllowedRtmsUrl('wss://zoom.us.attacker.example/x', [])).toBe(false);
    expect(isAllowedRtmsUrl('wss://attacker.example/zoom.us', [])).toBe(false);
    expect(isAllowedRtmsUrl('ws://localhost:3002/rtms', listed)).toBe(false);
    expect(isAllowedRtmsUrl('ws://169.254.169.254/latest', listed)).toBe(false);
    expect(isAllowedRtmsUrl('https://localhost:3001/rtms', listed)).toBe(false);
    expect(isAllowedRtmsUrl('wss://user:pass@rtms-sjc1.zoom.us/x', [])).toBe(false);
    expect(isAllowedRtmsUrl('not a url', listed)).toBe(false);
  });

  it('reads ZOOM_RTMS_HOSTS as a comma-separated list of host[:port], and names the variable when it is not one', () => {
    expect(testConfig().ZOOM_RTMS_HOSTS).toEqual([]);
    expect(testConfig({ ZOOM_RTMS_HOSTS: ' LocalHost:3001, rtms.internal ,' }).ZOOM_RTMS_HOSTS).toEqual(['localhost:3001', 'rtms.internal']);
    expect(() => testConfig({ ZOOM_RTMS_HOSTS: 'ws://localhost:3001' })).toThrow(/ZOOM_RTMS_HOSTS/);
  });
});
