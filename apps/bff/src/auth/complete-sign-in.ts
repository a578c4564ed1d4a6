import { recordAuditEvent, type SignedIn } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { SessionView } from '@c360/contracts';
import type { Request } from 'express';
import { sessionView } from '../routes/session/session-view.ts';
import { requireSession } from '../session/index.ts';

/**
 * Finishes any sign-in (password or Salesforce) once the user is known and admitted: links the Gainsight
 * user to the session, keeping its Zoom link, under a new session id (against fixation), and answers
 * with the session view.
 */
export async function completeSignIn(req: Request, signedIn: SignedIn, prisma: PrismaClient): Promise<SessionView> {
  const session = requireSession(req);
  session.link({ userId: signedIn.user.id, domainId: signedIn.domain.id });
  await session.regenerate();
  await recordAuditEvent(prisma, {
    type: 'sign-in',
    domainId: signedIn.domain.id,
    userId: signedIn.user.id,
    meetingUuid: session.meetingUuid,
  });
  return sessionView(session, prisma);
}
