import { listMeetingLogs, requireHostedMeeting } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router, type Request } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';
import type { MeetingEvents } from '../meetings/meeting-events.ts';
import { answerMeetingLog, meetingLogOf } from './answer-meeting-log.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, paramOf } from '../../http/request.ts';

/** The signed-in user and the meeting of the route, if they hosted it (else 404, whoever else did). */
async function hostedMeetingOf(prisma: PrismaClient, req: Request) {
  const actor = actorOf(req);
  const meetingUuid = paramOf(req, 'meetingUuid');
  await requireHostedMeeting(prisma, { domainId: actor.domainId, meetingUuid, hostUserId: actor.id });
  return { actor, meetingUuid };
}

/**
 * The host's own meeting logs, of any meeting they hosted (⋯ → Meeting logs), mounted at `/api/meeting-logs`:
 * a pending log outlives the meeting's sidebar. Another user's or domain's meeting is a 404.
 * - `GET /?state=PENDING&cursor=&limit=`: their logs waiting for an answer, most recently ended first.
 * - `GET /:meetingUuid`, `POST /:meetingUuid`: the same log and answers as `/api/meetings/:meetingUuid/log`.
 */
export function meetingLogsRouter(prisma: PrismaClient, hub: MeetingEvents): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/', async (req, res) => {
    const { user, domain } = gainsightUserOf(req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await listMeetingLogs(prisma, { domainId: domain.id, viewerId: user.id, query: req.query }));
  });

  router.get('/:meetingUuid', async (req, res) => {
    const { actor, meetingUuid } = await hostedMeetingOf(prisma, req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await meetingLogOf(prisma, actor, meetingUuid));
  });

  router.post('/:meetingUuid', async (req, res) => {
    const { actor, meetingUuid } = await hostedMeetingOf(prisma, req);
    res.json(await answerMeetingLog(prisma, hub, actor, meetingUuid, bodyOf(req), idempotencyKeyOf(req.get('Idempotency-Key'))));
  });

  return router;
}
