import type { Session } from '../session/index.ts';
import type { AppContext } from './app-context.ts';

const LAUNCH_KEY = 'zoomLaunch';

/** Where and as whom the app was last opened in Zoom, from a verified app context. */
export interface ZoomLaunch {
  surface: string | null;
  role: string | null;
}

export function zoomLaunchOf(session: Session): ZoomLaunch | undefined {
  return session.get<ZoomLaunch>(LAUNCH_KEY);
}

/**
 * Links the session to a Zoom user (null: a guest) and saves it. A change of Zoom user gets a new
 * session id (against fixation); a switch between two different users also drops the Gainsight
 * sign-in, which belonged to the previous person.
 */
export async function linkZoomUser(
  session: Session,
  zoomUserId: string | null,
  changes: { meetingUuid?: string | null; launch?: ZoomLaunch } = {},
): Promise<void> {
  const previous = session.zoomUserId;
  const userChanged = session.isPersisted && previous !== zoomUserId;
  session.link({
    zoomUserId,
    ...(changes.meetingUuid !== undefined ? { meetingUuid: changes.meetingUuid } : {}),
    ...(previous !== null && previous !== zoomUserId ? { userId: null, domainId: null } : {}),
  });
  if (changes.launch) session.set(LAUNCH_KEY, changes.launch);
  if (userChanged) await session.regenerate();
  else await session.save();
}

/** Applies a verified app context: Zoom user (or guest), meeting, surface and role. */
export function linkAppContext(session: Session, context: AppContext): Promise<void> {
  return linkZoomUser(session, context.uid ?? null, {
    meetingUuid: context.mid ?? null,
    launch: { surface: context.typ, role: context.attendrole ?? null },
  });
}
