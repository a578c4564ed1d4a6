import { now, recordAuditEvent, type SessionStore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Session } from '../session/index.ts';

// Bounds the sweep below; a Zoom user has a session per device, never hundreds.
const MAX_OTHER_SESSIONS = 100;

/**
 * Ends the Gainsight sign-in of this session and of every other session of the same Zoom user, so the
 * next launch does not resume it. The Zoom link stays; the session gets a new id so the old cookie is
 * worth nothing.
 */
export async function signOut(session: Session, sessionStore: SessionStore, prisma: PrismaClient): Promise<void> {
  const { userId, domainId, zoomUserId } = session;
  session.link({ userId: null, domainId: null });
  if (zoomUserId !== null) {
    const at = now();
    for (let swept = 0; swept < MAX_OTHER_SESSIONS; swept += 1) {
      const other = await sessionStore.findLatestSignedIn(zoomUserId, at);
      if (!other) break;
      await sessionStore.save({ ...other, userId: null, domainId: null });
    }
  }
  // A browser that never had a session keeps having none.
  if (session.isPersisted) await session.regenerate();
  if (userId !== null && domainId !== null) {
    await recordAuditEvent(prisma, { type: 'sign-out', domainId, userId, meetingUuid: session.meetingUuid });
  }
}
