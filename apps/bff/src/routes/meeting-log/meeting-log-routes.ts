import { endMeeting, now } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Router } from 'express';
import type { MeetingEvents } from '../meetings/meeting-events.ts';
import { meetingOf } from '../meetings/meeting-of.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf } from '../../http/request.ts';
import { answerMeetingLog, meetingLogOf, publishMeetingLogs } from './answer-meeting-log.ts';

/**
 * The after-call log of a meeting (issue 7), on the meetings router so it shares its rule: only a session
 * whose verified Zoom context names the meeting reaches it (else 404). The host reaches their own logs of
 * any meeting through `/api/meeting-logs` as well (meeting-logs-router.ts).
 * - `GET /:meetingUuid/log`: its state and what the after-call panel shows.
 * - `POST /:meetingUuid/log`: the host's save, save and close all, discard or draft.
 * - `POST /:meetingUuid/end`: the sidebar's own end-of-meeting signal (the SDK's `onMeeting` ended), which
 *   races the `meeting.ended` webhook; whichever comes first is processed, once.
 * Every change is published on `/events`, so each open sidebar of the meeting follows.
 */
export function meetingLogRoutes(router: Router, prisma: PrismaClient, hub: MeetingEvents): void {
  router.get('/:meetingUuid/log', async (req, res) => {
    const { meetingUuid } = meetingOf(req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await meetingLogOf(prisma, actorOf(req), meetingUuid));
  });

  router.post('/:meetingUuid/log', async (req, res) => {
    const { meetingUuid } = meetingOf(req);
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    res.json(await answerMeetingLog(prisma, hub, actorOf(req), meetingUuid, bodyOf(req), idempotencyKey));
  });

  router.post('/:meetingUuid/end', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const ended = await endMeeting(prisma, {
      source: 'sidebar',
      domainId: signedIn.domain.id,
      hostUserId: signedIn.user.id,
      meetingUuid,
      endedAt: now(),
    });
    await publishMeetingLogs(
      prisma,
      hub,
      signedIn.domain.id,
      ended.map((meeting) => meeting.meetingUuid),
    );
    res.json(await meetingLogOf(prisma, actorOf(req), meetingUuid));
  });
}
