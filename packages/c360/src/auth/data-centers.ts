import type { DataCenter } from '@c360/contracts';

/** notes/c360-domain.md: a domain's host name tells its data centre. A tenant label has no dots. */
const HOST_PATTERNS: Record<DataCenter, RegExp> = {
  US1: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.gainsightcloud\.com$/,
  US2: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.us2\.gainsightcloud\.com$/,
  EU: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.eu\.gainsightcloud\.com$/,
};

export const HOST_EXAMPLES: Record<DataCenter, string> = {
  US1: 'yourcompany.gainsightcloud.com',
  US2: 'yourcompany.us2.gainsightcloud.com',
  EU: 'yourcompany.eu.gainsightcloud.com',
};

/** The host name of what a user typed ("https://acme.gainsightcloud.com/", "acme.gainsightcloud.com"). */
export function domainHostOf(domainUrl: string): string | null {
  const text = domainUrl.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function hostMatchesDataCenter(host: string, dataCenter: DataCenter): boolean {
  return HOST_PATTERNS[dataCenter].test(host);
}
