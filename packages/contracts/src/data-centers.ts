import { z } from 'zod';

export const DATA_CENTERS = ['US1', 'US2', 'EU'] as const;
export const dataCenterSchema = z.enum(DATA_CENTERS);
export type DataCenter = z.infer<typeof dataCenterSchema>;

/**
 * notes/c360-domain.md: a domain's host name tells its data centre. A tenant label has no dots, so no host
 * fits two patterns. Here, not in c360, because the sidebar applies the same rule as the user types.
 */
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

/** The data centre a typed domain names (`initech.eu.gainsightcloud.com` → EU), if it names one. */
export function dataCenterOfDomain(domainUrl: string): DataCenter | undefined {
  const host = domainHostOf(domainUrl);
  return host === null ? undefined : DATA_CENTERS.find((dataCenter) => hostMatchesDataCenter(host, dataCenter));
}
