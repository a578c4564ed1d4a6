import {
  AppError,
  confirmParticipantPerson,
  listMeetingDrafts,
  readTranscript,
  recordSidebarOpened,
  saveRoster,
  setMeetingSubject,
  transcriptText,
} from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { sendAttachment } from '../../http/attachment.ts';
import { bodyOf, paramOf } from '../../http/request.ts';
import { requireSession } from '../../session/index.ts';
import { zoomLaunchOf } from '../../zoom/app-context-session.ts';
import { meetingLogRoutes } from '../meeting-log/meeting-log-routes.ts';
import { publishMeetingChange, readMeetingView } from './meeting-change.ts';
import { MeetingEventHub, type MeetingEvents, type MeetingStreamEvent } from './meeting-events.ts';
import { meetingOf } from './meeting-of.ts';

export const HEARTBEAT_MS = 25_000;
/** Zoom's attendrole for who may send the roster (compared case-insensitively, "co-host" too). */
const ROSTER_ROLES = new Set(['host', 'cohost', 'co-host']);

export interface MeetingsRouterOptions {
  hub?: MeetingEvents;
  heartbeatMs?: number;
}

/**
 * The meeting's roster and chosen company/relationship (SPEC §4/§5), mounted at `/api/meetings`, plus what a
 * sidebar of it records (`/opened`) and continues (`/drafts`, the user's own drafts of the meeting), and its live
 * transcript (`/transcript`; `/events` pushes each new segment).
 * Every route is for signed-in Gainsight users whose verified Zoom context names the meeting (else 404);
 * only the host or a co-host sends the roster (else 403). GET answers an empty view (200) for a meeting
 * with no roster or subject yet, so every sidebar can render and then follow `/events`.
 */
export function meetingsRouter(prisma: PrismaClient, options: MeetingsRouterOptions = {}): Router {
  const hub = options.hub ?? new MeetingEventHub();
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const router = Router();
  router.use(requireGainsightUser(prisma));

  const viewOf = (domainId: string, meetingUuid: string) => readMeetingView(prisma, domainId, meetingUuid);
  const changed = (domainId: string, meetingUuid: string) => publishMeetingChange(prisma, hub, domainId, meetingUuid);

  router.get('/:meetingUuid', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await viewOf(signedIn.domain.id, meetingUuid));
  });

  router.put('/:meetingUuid/roster', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const role = zoomLaunchOf(requireSession(req))?.role?.toLowerCase() ?? null;
    if (role === null || !ROSTER_ROLES.has(role)) {
      throw new AppError('FORBIDDEN', 'Only the host or a co-host of the meeting sends its roster.');
    }
    // The first host sidebar to send a roster names the meeting's host: its after-call log is theirs.
    const sender = { userId: signedIn.user.id, zoomUserId: requireSession(req).zoomUserId };
    await saveRoster(prisma, { domainId: signedIn.domain.id, meetingUuid, sender }, bodyOf(req));
    res.json(await changed(signedIn.domain.id, meetingUuid));
  });

  router.put('/:meetingUuid/subject', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    await setMeetingSubject(prisma, { domainId: signedIn.domain.id, meetingUuid }, bodyOf(req));
    res.json(await changed(signedIn.domain.id, meetingUuid));
  });

  router.put('/:meetingUuid/participants/:participantUuid/person', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const participantUuid = paramOf(req, 'participantUuid');
    await confirmParticipantPerson(prisma, { domainId: signedIn.domain.id, meetingUuid, participantUuid }, bodyOf(req));
    res.json(await changed(signedIn.domain.id, meetingUuid));
  });

  router.post('/:meetingUuid/opened', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const launch = zoomLaunchOf(requireSession(req));
    await recordSidebarOpened(prisma, {
      domainId: signedIn.domain.id,
      userId: signedIn.user.id,
      meetingUuid,
      surface: launch?.surface ?? null,
      role: launch?.role ?? null,
    });
    res.status(204).end();
  });

  router.get('/:meetingUuid/transcript', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await readTranscript(prisma, { domainId: signedIn.domain.id, meetingUuid }));
  });

  router.get('/:meetingUuid/transcript.txt', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const transcript = await readTranscript(prisma, { domainId: signedIn.domain.id, meetingUuid });
    await sendAttachment(res, { contentType: 'text/plain; charset=utf-8', filename: 'transcript.txt' }, [transcriptText(transcript)]);
  });

  router.get('/:meetingUuid/drafts', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await listMeetingDrafts(prisma, { domainId: signedIn.domain.id, meetingUuid, userId: signedIn.user.id }));
  });

  meetingLogRoutes(router, prisma, hub);

  router.get('/:meetingUuid/events', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const domainId = signedIn.domain.id;
    const initial = await viewOf(domainId, meetingUuid);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // Proxies such as nginx must not buffer the stream.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();

    const send = ({ event, data }: MeetingStreamEvent) => {
      if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    send({ event: 'meeting', data: initial });
    const unsubscribe = hub.subscribe(domainId, meetingUuid, send);
    const heartbeat = setInterval(() => {
      if (!res.writableEnded) res.write(': heartbeat\n\n');
    }, heartbeatMs);
    heartbeat.unref();
    const cleanUp = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    req.on('close', cleanUp);
    res.on('close', cleanUp);
  });

  return router;
}
