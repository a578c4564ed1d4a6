import express, { type NextFunction, type Request, type Response } from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { sendWebhook } from '../webhooks/send-webhook.ts';
import { findZoomUser } from '../zoom-users.ts';
import { recordMeeting } from '../meetings/cloud-recording.ts';
import { endMeeting, meetingEndedEvent } from '../meetings/end-meeting.ts';
import { findMeeting, MeetingError, startDemoMeeting } from '../meetings/meetings.ts';
import { addParticipant, changeRole, removeParticipant, renameParticipant } from '../meetings/participants.ts';
import type { Meeting } from '../meetings/meeting-records.ts';
import type { ClientState } from './client-state.ts';
import { sendAppInvitation } from '../meetings/app-invitations.ts';
import { addParticipantRequest, appInvitationRequest, newMeetingRequest, updateParticipantRequest } from './client-schemas.ts';
import { streamMeetingEvents } from './meeting-events.ts';
import { meetingSnapshot } from './meeting-snapshot.ts';
import { participantRole } from './role.ts';

/**
 * Zoom tells the app's webhook endpoint; a product that is not running must not break the sandbox. As
 * Zoom does, the cloud recording (transcript, chat) follows a moment after `meeting.ended`.
 */
function notifyMeetingEnded(config: SandboxConfig, sandbox: SandboxState, meeting: Meeting) {
  const accountId = findZoomUser(meeting.hostUserId)?.accountId ?? 'unknown';
  const recorded = recordMeeting(sandbox, meeting, accountId);
  void sendWebhook(config, sandbox, meetingEndedEvent(meeting, accountId))
    .then(() => new Promise((resolve) => setTimeout(resolve, sandbox.settings.recordingDelayMs).unref()))
    .then(() => sendWebhook(config, sandbox, recorded))
    .catch(() => undefined);
}

/** Sandbox controls of a meeting (what Zoom's own UI does), used by the client page and by tests. */
export function meetingApi(config: SandboxConfig, sandbox: SandboxState, client: ClientState) {
  const router = express.Router();
  const { meetings } = client;
  const json = express.json({ limit: '16kb' });

  // "New meeting" once one has ended: the demo again, hosted by the page's user, without a restart.
  router.post('/client/api/meetings', json, (req, res) => {
    const host = findZoomUser(newMeetingRequest.parse(req.body).userId);
    if (!host) return res.status(404).json({ error: 'Unknown sandbox user.' });
    res.status(201).json(meetingSnapshot(startDemoMeeting(meetings, host)));
  });

  router.get('/client/api/meetings/:meetingUuid', (req, res) => {
    res.json(meetingSnapshot(findMeeting(meetings, req.params.meetingUuid)));
  });

  router.get('/client/api/meetings/:meetingUuid/events', (req, res) => {
    streamMeetingEvents(meetings, findMeeting(meetings, req.params.meetingUuid), req, res);
  });

  router.post('/client/api/meetings/:meetingUuid/participants', json, (req, res) => {
    const body = addParticipantRequest.parse(req.body);
    const joined = addParticipant(meetings, req.params.meetingUuid, {
      screenName: body.screenName,
      ...(body.email ? { email: body.email } : {}),
    });
    res.status(201).json(joined);
  });

  router.patch('/client/api/meetings/:meetingUuid/participants/:participantUuid', json, (req, res) => {
    const body = updateParticipantRequest.parse(req.body);
    const { meetingUuid, participantUuid } = req.params;
    let updated = body.screenName ? renameParticipant(meetings, meetingUuid, participantUuid, body.screenName) : undefined;
    if (body.role) {
      const { role, guest } = participantRole(body.role);
      updated = changeRole(meetings, meetingUuid, participantUuid, role, guest);
    }
    res.json(updated);
  });

  router.delete('/client/api/meetings/:meetingUuid/participants/:participantUuid', (req, res) => {
    removeParticipant(meetings, req.params.meetingUuid, req.params.participantUuid);
    res.status(204).end();
  });

  // The app invitation dialog's "Invite" (zoomSdk.showAppInvitationDialog): Zoom delivers it to each one chosen.
  router.post('/client/api/meetings/:meetingUuid/invitations', json, (req, res) => {
    const body = appInvitationRequest.parse(req.body);
    const { invitationUUID, invited } = sendAppInvitation(meetings, req.params.meetingUuid, body.from, body.to);
    res.status(201).json({ invitationUUID, invitedUserCount: invited.length });
  });

  router.post('/client/api/meetings/:meetingUuid/end', (req, res) => {
    const ended = endMeeting(meetings, req.params.meetingUuid, (meeting) => notifyMeetingEnded(config, sandbox, meeting));
    res.json(meetingSnapshot(ended));
  });

  return router;
}

/** The client API's errors as small JSON bodies the page can show. */
export function clientApiErrors(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (error instanceof MeetingError) {
    res.status({ NOT_FOUND: 404, ENDED: 409, INVALID: 400 }[error.code]).json({ error: error.message });
    return;
  }
  if (error instanceof SyntaxError) {
    res.status(400).json({ error: 'The body is not valid JSON.' });
    return;
  }
  if (error instanceof Error && error.name === 'ZodError') {
    res.status(400).json({ error: 'Invalid request.', detail: error.message });
    return;
  }
  next(error);
}
