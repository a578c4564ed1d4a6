import { actOnMeetingLog, endMeeting, now, readMeetingLog, type SignedIn, type TimelineActor } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Router } from 'express';
import type { MeetingEvents } from '../meetings/meeting-events.ts';
import { publishMeetingChange } from '../meetings/meeting-change.ts';
import { meetingOf } from '../meetings/meeting-of.ts';

const actorOf = ({ user, domain }: SignedIn): TimelineActor => ({ id: user.id, domainId: domain.id, licence: user.licence, isAdmin: user.isAdmin });

/**
 * The after-call log of a meeting (issue 7), on the meetings router so it shares its rule: only a session
 * whose verified Zoom context names the meeting reaches it (else 404).
 * - `GET /:meetingUuid/log`: its state and what the after-call panel shows.
 * - `POST /:meetingUuid/log`: the host's save, save and close all, or discard.
 * - `POST /:meetingUuid/end`: the sidebar's own end-of-meeting signal (the SDK's `onMeeting` ended), which
 *   races the `meeting.ended` webhook; whichever comes first is processed, once.
 * Every change is published on `/events`, so each open sidebar of the meeting follows.
 */
export function meetingLogRoutes(router: Router, prisma: PrismaClient, hub: MeetingEvents): void {
  const logOf = (signedIn: SignedIn, meetingUuid: string) =>
    readMeetingLog(prisma, { domainId: signedIn.domain.id, meetingUuid, viewerId: signedIn.user.id });
  const publish = (domainId: string, meetingUuids: readonly string[]) =>
    Promise.all(meetingUuids.map((meetingUuid) => publishMeetingChange(prisma, hub, domainId, meetingUuid)));

  router.get('/:meetingUuid/log', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await logOf(signedIn, meetingUuid));
  });

  router.post('/:meetingUuid/log', async (req, res) => {
    const { signedIn, meetingUuid } = meetingOf(req);
    const changed = await actOnMeetingLog(prisma, actorOf(signedIn), { meetingUuid, body: req.body ?? {} });
    await publish(signedIn.domain.id, changed);
    res.json(await logOf(signedIn, meetingUuid));
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
    await publish(signedIn.domain.id, ended.map((meeting) => meeting.meetingUuid));
    res.json(await logOf(signedIn, meetingUuid));
  });
}
