/**
 * Whether the BFF may open an RTMS socket at `url`: ws(s) on Zoom's own hosts (`*.zoom.us`, TLS only) or on a
 * host:port ZOOM_RTMS_HOSTS lists. A webhook only names a server; it never widens where the BFF connects.
 */
export function isAllowedRtmsUrl(url: string, allowedHosts: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'wss:' && parsed.hostname.endsWith('.zoom.us')) return true;
  if (parsed.protocol !== 'wss:' && parsed.protocol !== 'ws:') return false;
  // A URL's host drops the default port; the list may name it either way.
  const defaultPort = parsed.protocol === 'wss:' ? '443' : '80';
  const candidates = parsed.port ? [parsed.host] : [parsed.hostname, `${parsed.hostname}:${defaultPort}`];
  return candidates.some((candidate) => allowedHosts.includes(candidate));
}
