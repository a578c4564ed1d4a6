import { fileURLToPath } from 'node:url';
import express from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { signedInUser } from '../accounts/signed-in-user.ts';
import { findZoomUser } from '../zoom-users.ts';
import { defaultMeeting } from '../meetings/meetings.ts';
import { clientPage, sendClientPage } from './client-page.ts';
import { clientStateOf } from './client-state.ts';
import { myRoleSchema } from './client-schemas.ts';
import { launchApi } from './launch-api.ts';
import { clientApiErrors, meetingApi } from './meeting-api.ts';

const ASSETS = fileURLToPath(new URL('../../public/client', import.meta.url));

const single = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The Zoom client: `GET /client?user=&act=&role=&meeting=&open=1` is a meeting window whose app panel
 * hosts the product in an iframe and answers the real Apps SDK's messages (notes/zoom-platform.md §6).
 */
export function clientRouter(config: SandboxConfig, sandbox: SandboxState) {
  const client = clientStateOf(sandbox);
  const router = express.Router();
  router.use('/client/assets', express.static(ASSETS, { index: false, fallthrough: false }));

  router.get('/client', (req, res) => {
    const user = findZoomUser(single(req.query.user)) ?? signedInUser(req);
    const requestedMeeting = single(req.query.meeting);
    const meeting = (requestedMeeting && client.meetings.byUuid.get(requestedMeeting)) || defaultMeeting(client.meetings);
    const role = myRoleSchema.safeParse(req.query.role);
    const act = single(req.query.act);
    const boot = {
      meetingUuid: meeting.meetingUUID,
      topic: meeting.topic,
      userId: user.id,
      role: role.success ? role.data : 'host',
      ...(act !== undefined ? { act: act.slice(0, 256) } : {}),
      // A deeplink (it carries an action) opens the app straight away, as Zoom does.
      openApp: req.query.open === '1' || act !== undefined,
      appOrigin: new URL(config.PUBLIC_URL).origin,
    };
    sendClientPage(res, config, clientPage(boot, user));
  });

  router.use(launchApi(config, sandbox, client));
  router.use(meetingApi(config, sandbox, client));
  router.use('/client/api', clientApiErrors);
  return router;
}
