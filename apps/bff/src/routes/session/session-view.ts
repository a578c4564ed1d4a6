import { findZoomInstallation } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { SessionView, ZoomSession } from '@c360/contracts';
import type { Session } from '../../session/index.ts';
import { zoomLaunchOf } from '../../zoom/app-context-session.ts';
import { salesforceChoiceOf } from '../salesforce-login/pending-choice.ts';
import { gainsightPart } from './gainsight-part.ts';

async function zoomPart(session: Session, prisma: PrismaClient): Promise<ZoomSession | null> {
  const launch = zoomLaunchOf(session);
  const userId = session.zoomUserId;
  // Only a verified app context (or in-client authorization) puts Zoom into a session.
  if (!launch && userId === null) return null;
  const installed = userId !== null && (await findZoomInstallation(prisma, userId)) !== null;
  return {
    userId,
    meetingUuid: session.meetingUuid,
    surface: launch?.surface ?? null,
    role: launch?.role ?? null,
    installed,
  };
}

/** `GET /api/session` and every call that changes the session answer with this (SPEC §3). */
export async function sessionView(session: Session, prisma: PrismaClient): Promise<SessionView> {
  const [zoom, gainsight] = await Promise.all([zoomPart(session, prisma), gainsightPart(session, prisma)]);
  const salesforceChoice = salesforceChoiceOf(session);
  return { zoom, ...gainsight, ...(salesforceChoice && { salesforceChoice }) };
}
