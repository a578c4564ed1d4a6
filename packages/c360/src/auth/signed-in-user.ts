/** What a sign-in, and every later request of the session, reads of the user and their domain. */
export const signedInUserSelect = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  licence: true,
  isAdmin: true,
  zoomAppAllowed: true,
  domain: {
    select: { id: true, host: true, name: true, environment: true, dataCenter: true, new360: true, zoomAccessPolicy: true },
  },
} as const;

/** The signed-in view of such a row: the access flag is for the checks, not for the session. */
export function toSignedIn<Row extends { zoomAppAllowed: boolean; domain: unknown }>(
  row: Row,
): { user: Omit<Row, 'zoomAppAllowed' | 'domain'>; domain: Row['domain'] } {
  const { zoomAppAllowed: _allowed, domain, ...user } = row;
  return { user, domain };
}
