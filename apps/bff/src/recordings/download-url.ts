import type { Config } from '../config.ts';

// The sandbox names itself "localhost" while the BFF may be configured with 127.0.0.1: the same host.
const normalOrigin = (url: URL) => (url.hostname === 'localhost' ? `${url.protocol}//127.0.0.1:${url.port}` : url.origin);

/**
 * The host's access token only ever goes to Zoom: the configured Zoom hosts, or Zoom's own web domains
 * over HTTPS (recordings are served from `zoom.us` and regional hosts like `us02web.zoom.us`).
 */
export function isZoomDownloadUrl(config: Config, raw: string): boolean {
  if (!URL.canParse(raw)) return false;
  const url = new URL(raw);
  const configured = [config.ZOOM_HOST, config.ZOOM_API_HOST].map((origin) => normalOrigin(new URL(origin)));
  if (configured.includes(normalOrigin(url))) return true;
  return url.protocol === 'https:' && (url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us'));
}
