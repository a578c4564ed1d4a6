import { now, type SessionStore } from '@c360/c360';
import type { Session } from '../session/index.ts';

/**
 * A Zoom user who signed in to Gainsight in one embedded browser is still signed in at their next launch
 * in another: a session linked to a Zoom user but to no Gainsight user takes over that user's latest
 * valid sign-in. The old session ends and this one gets a new id.
 */
export async function resumeZoomUser(session: Session, sessionStore: SessionStore): Promise<void> {
  const { zoomUserId } = session;
  if (zoomUserId === null || session.userId !== null) return;
  const previous = await sessionStore.findLatestSignedIn(zoomUserId, now());
  if (!previous) return;
  session.link({ userId: previous.userId, domainId: previous.domainId });
  await sessionStore.delete(previous.id);
  await session.regenerate();
}
