export interface CookiePair {
  name: string;
  value: string;
}

export function parseCookieHeader(header: string | undefined): CookiePair[] {
  return (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const equals = part.indexOf('=');
      return equals < 0 ? { name: part, value: '' } : { name: part.slice(0, equals), value: part.slice(equals + 1) };
    });
}

export const formatCookieHeader = (pairs: readonly CookiePair[]) => pairs.map(({ name, value }) => `${name}=${value}`).join('; ');
