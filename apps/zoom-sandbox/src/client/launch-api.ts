import express, { type Response } from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { freshAppContext, type LaunchIdentity } from '../app-context/build-app-context.ts';
import { isInstalled, issueAuthorizationCode } from '../oauth/grants.ts';
import { findMeeting, findParticipant } from '../meetings/meetings.ts';
import { addParticipant, changeRole } from '../meetings/participants.ts';
import type { Meeting, MeetingParticipant } from '../meetings/meeting-records.ts';
import { findZoomUser } from '../zoom-users.ts';
import { LAUNCH_PATH_PREFIX } from '../embedded-browser/launch-cookie.ts';
import type { ClientState } from './client-state.ts';
import { authorizeRequest, joinRequest, launchRequest } from './client-schemas.ts';
import { findLaunch, createLaunch, type Launch } from './launches.ts';
import { meetingSnapshot } from './meeting-snapshot.ts';
import { participantRole } from './role.ts';

/** Who the app sees: the participant as they are now (roles change during a meeting). */
function identityOf(meeting: Meeting, me: MeetingParticipant, act: string | undefined): LaunchIdentity {
  return {
    ...(me.guest || !me.zoomUserId ? {} : { uid: me.zoomUserId }),
    meetingUuid: meeting.meetingUUID,
    role: me.role,
    ...(act !== undefined ? { act } : {}),
  };
}

function currentLaunch(client: ClientState, id: unknown, res: Response): { launch: Launch; meeting: Meeting; me: MeetingParticipant } | undefined {
  const launch = findLaunch(client.launches, typeof id === 'string' ? id : undefined);
  if (!launch?.meetingUuid) {
    res.status(404).json({ error: 'Unknown app launch: open the app again.' });
    return undefined;
  }
  const meeting = findMeeting(client.meetings, launch.meetingUuid);
  return { launch, meeting, me: findParticipant(meeting, launch.participantUUID) };
}

/** A client page joining its meeting, opening the app, and answering the SDK calls that need Zoom's servers. */
export function launchApi(config: SandboxConfig, sandbox: SandboxState, client: ClientState) {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  router.post('/client/api/join', json, (req, res) => {
    const body = joinRequest.parse(req.body);
    const user = findZoomUser(body.userId);
    if (!user) return res.status(404).json({ error: 'Unknown sandbox user.' });
    const meeting = findMeeting(client.meetings, body.meetingUuid);
    const { role, guest } = participantRole(body.role);
    const existing = meeting.participants.find((participant) => participant.zoomUserId === user.id);
    const me = existing
      ? existing.role === role && existing.guest === guest
        ? existing
        : changeRole(client.meetings, meeting.meetingUUID, existing.participantUUID, role, guest)
      : addParticipant(client.meetings, meeting.meetingUUID, {
          screenName: `${user.firstName} ${user.lastName}`,
          email: user.email,
          role,
          guest,
          zoomUserId: user.id,
        });
    res.json({ me, meeting: meetingSnapshot(meeting), installed: isInstalled(sandbox, user.id) });
  });

  router.post('/client/api/launch', json, (req, res) => {
    const body = launchRequest.parse(req.body);
    const meeting = findMeeting(client.meetings, body.meetingUuid);
    const me = findParticipant(meeting, body.participantUuid);
    if (!me.zoomUserId) return res.status(400).json({ error: 'Only a sandbox user’s own page opens the app.' });
    const launch = createLaunch(client.launches, {
      ...identityOf(meeting, me, body.act),
      zoomUserId: me.zoomUserId,
      participantUUID: me.participantUUID,
      createdAt: sandbox.now(),
    });
    const frameUrl = new URL(`${LAUNCH_PATH_PREFIX}${encodeURIComponent(launch.id)}`, config.PUBLIC_URL).href;
    res.status(201).json({ launchId: launch.id, frameUrl });
  });

  router.get('/client/api/app-context', (req, res) => {
    const found = currentLaunch(client, req.query.launch, res);
    if (!found) return;
    const { launch, meeting, me } = found;
    res.set('cache-control', 'no-store').json({ context: freshAppContext(config, identityOf(meeting, me, launch.act), sandbox.now()) });
  });

  // zoomSdk.authorize: the page's user grants the app, and Zoom hands the app a code for its page URL.
  router.post('/client/api/authorize', json, (req, res) => {
    const body = authorizeRequest.parse(req.body);
    const found = currentLaunch(client, body.launch, res);
    if (!found) return;
    const redirectUri = new URL('/zoom/home', config.PUBLIC_URL).href;
    const code = issueAuthorizationCode(sandbox, {
      clientId: config.ZOOM_CLIENT_ID,
      userId: found.launch.zoomUserId,
      redirectUri,
      codeChallenge: body.codeChallenge,
      codeChallengeMethod: client.inClientChallengeMethod,
    });
    res.json({ code, redirectUri, timestamp: Math.floor(sandbox.now() / 1000) });
  });

  return router;
}
