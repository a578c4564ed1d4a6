import { describe, expect, it } from 'vitest';
import { isZoomDownloadUrl } from '../../src/recordings/download-url.ts';
import { testConfig } from '../support/test-app.ts';

describe('where the host’s token may be sent', () => {
  const zoom = testConfig();
  const sandbox = testConfig({ ZOOM_HOST: 'http://127.0.0.1:4010', ZOOM_API_HOST: 'http://127.0.0.1:4010' });

  it('to Zoom’s web hosts over HTTPS, and to the configured Zoom hosts', () => {
    expect(isZoomDownloadUrl(zoom, 'https://zoom.us/rec/download/abc')).toBe(true);
    expect(isZoomDownloadUrl(zoom, 'https://us02web.zoom.us/rec/download/abc')).toBe(true);
    expect(isZoomDownloadUrl(sandbox, 'http://localhost:4010/rec/download/abc')).toBe(true);
  });

  it('never elsewhere', () => {
    expect(isZoomDownloadUrl(zoom, 'http://zoom.us/rec/download/abc')).toBe(false);
    expect(isZoomDownloadUrl(zoom, 'https://zoom.us.evil.example/rec')).toBe(false);
    expect(isZoomDownloadUrl(zoom, 'https://evilzoom.us/rec')).toBe(false);
    expect(isZoomDownloadUrl(sandbox, 'http://localhost:4011/rec/download/abc')).toBe(false);
    expect(isZoomDownloadUrl(zoom, 'not a url')).toBe(false);
  });
});
