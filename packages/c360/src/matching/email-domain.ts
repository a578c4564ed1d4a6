/**
 * E-mail helpers for roster matching. Zoom hands us whatever the attendee typed or the account holds, so
 * addresses are trimmed and lower-cased once here; users' and persons' e-mails are stored lower-case, which
 * lets the queries compare with `=` (and the `(domainId, email)` unique index) instead of `lower(email)`.
 */

/** The comparable form of an address, or null when it is not a plausible address at all. */
export function normalizeEmail(email: string | null | undefined): string | null {
  if (typeof email !== 'string') return null;
  const normalized = email.trim().toLowerCase();
  return emailDomain(normalized) === null ? null : normalized;
}

/**
 * The part after the last "@" ("Emma@Northwind.Example" → "northwind.example"), or null. The last "@"
 * because quoted local parts may contain one; a trailing dot (a fully-qualified name) names the same domain.
 */
export function emailDomain(email: string | null | undefined): string | null {
  if (typeof email !== 'string') return null;
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = trimmed.slice(at + 1).replace(/\.$/, '');
  // A domain has at least one dot-separated label and no spaces or further "@".
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(domain)) return null;
  return domain;
}
