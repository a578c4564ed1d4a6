import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { decryptAppContext } from '@c360/bff/src/zoom/app-context.ts';
import { createSandboxApp } from '../src/app.ts';
import { clientStateOf } from '../src/client/client-state.ts';
import { defaultMeeting, subscribe } from '../src/meetings/meetings.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { DEFAULT_ZOOM_USER, ZOOM_USERS } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { basicAuth, newVerifier } from './support/oauth.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function setup() {
  receiver = await startWebhookReceiver();
  const config = testSandboxConfig({ PUBLIC_URL: receiver.origin });
  const state = createSandboxState();
  const app = createSandboxApp(config, state);
  const meeting = defaultMeeting(clientStateOf(state).meetings);
  return { config, state, app, meeting, received: receiver.received };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function joinAndLaunch({ app, meeting }: Setup, userId: string, role: string) {
  const joined = await request(app).post('/client/api/join').send({ meetingUuid: meeting.meetingUUID, userId, role }).expect(200);
  const launched = await request(app)
    .post('/client/api/launch')
    .send({ meetingUuid: meeting.meetingUUID, participantUuid: joined.body.me.participantUUID, act: 'open-timeline' })
    .expect(201);
  return { me: joined.body.me, launchId: launched.body.launchId as string, frameUrl: launched.body.frameUrl as string };
}

const contextOf = async ({ app, config }: Setup, launchId: string) => {
  const response = await request(app).get(`/client/api/app-context?launch=${launchId}`).expect(200);
  const opened = decryptAppContext(response.body.context, { clientId: config.ZOOM_CLIENT_ID, clientSecret: config.ZOOM_CLIENT_SECRET });
  if (!opened.ok) throw new Error(opened.reason);
  return opened.context;
};

describe('the meeting client’s API', () => {
  it('serves the meeting window for the signed-in user, the demo meeting and the host role by default', async () => {
    const { app, meeting } = await setup();
    const page = await request(app).get('/client').expect(200);
    expect(page.headers['content-security-policy']).toContain('frame-src http://127.0.0.1');
    const boot = JSON.parse(/id="zc-boot">(.*?)<\/script>/.exec(page.text)?.[1] ?? '{}');
    expect(boot).toMatchObject({ meetingUuid: meeting.meetingUUID, userId: DEFAULT_ZOOM_USER.id, role: 'host', openApp: false });
    const deeplink = await request(app).get(`/client?user=${ZOOM_USERS[1]!.id}&act=open-timeline`).expect(200);
    expect(JSON.parse(/id="zc-boot">(.*?)<\/script>/.exec(deeplink.text)?.[1] ?? '{}')).toMatchObject({
      userId: ZOOM_USERS[1]!.id,
      act: 'open-timeline',
      openApp: true,
    });
  });

  it('launches the app at PUBLIC_URL and gives its page fresh contexts naming the user, the meeting and the role', async () => {
    const setupResult = await setup();
    const { frameUrl, launchId } = await joinAndLaunch(setupResult, DEFAULT_ZOOM_USER.id, 'host');
    expect(frameUrl).toBe(`${setupResult.config.PUBLIC_URL}/__zoom/launch/${launchId}`);
    expect(await contextOf(setupResult, launchId)).toMatchObject({
      typ: 'meeting',
      uid: DEFAULT_ZOOM_USER.id,
      mid: setupResult.meeting.meetingUUID,
      attendrole: 'host',
      act: 'open-timeline',
    });
  });

  it('gives a guest’s page a context without uid, and an attendee one with their role', async () => {
    const setupResult = await setup();
    const guest = await joinAndLaunch(setupResult, ZOOM_USERS[2]!.id, 'guest');
    expect(guest.me).toMatchObject({ role: 'attendee', guest: true });
    expect((await contextOf(setupResult, guest.launchId)).uid).toBeUndefined();
    const attendee = await joinAndLaunch(setupResult, ZOOM_USERS[1]!.id, 'attendee');
    expect(await contextOf(setupResult, attendee.launchId)).toMatchObject({ uid: ZOOM_USERS[1]!.id, attendrole: 'participant' });
  });

  it('authorize issues a code for the page’s user, bound to the challenge and the Home URL, that the token endpoint redeems', async () => {
    const setupResult = await setup();
    const { app, config } = setupResult;
    const { launchId } = await joinAndLaunch(setupResult, ZOOM_USERS[2]!.id, 'guest');
    const verifier = newVerifier();
    const granted = await request(app).post('/client/api/authorize').send({ launch: launchId, codeChallenge: verifier }).expect(200);
    expect(granted.body.redirectUri).toBe(`${config.PUBLIC_URL}/zoom/home`);
    const token = await request(app)
      .post('/oauth/token')
      .set('Authorization', basicAuth(config.ZOOM_CLIENT_ID, config.ZOOM_CLIENT_SECRET))
      .type('form')
      .send({ grant_type: 'authorization_code', code: granted.body.code, redirect_uri: granted.body.redirectUri, code_verifier: verifier })
      .expect(200);
    const me = await request(app).get('/v2/users/me').set('Authorization', `Bearer ${token.body.access_token}`).expect(200);
    expect(me.body.id).toBe(ZOOM_USERS[2]!.id);
    await request(app).post('/client/api/authorize').send({ launch: 'unknown', codeChallenge: verifier }).expect(404);
  });

  it('adds, renames, promotes and removes participants, refusing bad input', async () => {
    const { app, meeting } = await setup();
    const base = `/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}`;
    const added = await request(app).post(`${base}/participants`).send({ screenName: 'Grace Hopper', email: '' }).expect(201);
    const path = `${base}/participants/${added.body.participantUUID}`;
    await request(app).patch(path).send({ screenName: 'Grace B. Hopper', role: 'cohost' }).expect(200);
    expect((await request(app).get(base).expect(200)).body.participants.at(-1)).toMatchObject({ screenName: 'Grace B. Hopper', role: 'cohost' });
    await request(app).delete(path).expect(204);
    await request(app).delete(path).expect(404);
    await request(app).post(`${base}/participants`).send({ screenName: '' }).expect(400);
    await request(app).post(`${base}/participants`).set('Content-Type', 'application/json').send('{bad').expect(400);
    await request(app).get('/client/api/meetings/nope').expect(404);
  });

  it('ending the meeting sends meeting.ended to the product’s webhook endpoint', async () => {
    const { app, meeting, received } = await setup();
    const ended = await request(app)
      .post(`/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/end`)
      .expect(200);
    expect(ended.body.ended).toBe(true);
    await expect.poll(() => received.length).toBe(1);
    expect(JSON.parse(received[0]!.rawBody)).toMatchObject({
      event: 'meeting.ended',
      payload: { account_id: DEFAULT_ZOOM_USER.accountId, object: { uuid: meeting.meetingUUID, host_id: DEFAULT_ZOOM_USER.id } },
    });
    await request(app)
      .post(`/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/end`)
      .expect(409);
  });

  it('starts a new meeting after the previous one ended, without a restart: hosted by the page’s user, opened by later pages and deeplinks, and ended in turn', async () => {
    const setupDone = await setup();
    const { app, state, meeting, received } = setupDone;
    await request(app)
      .post(`/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/end`)
      .expect(200);
    const vera = ZOOM_USERS[1]!;
    const started = await request(app).post('/client/api/meetings').send({ userId: vera.id }).expect(201);
    expect(started.body).toMatchObject({ topic: meeting.topic, ended: false });
    expect(started.body.meetingUUID).not.toBe(meeting.meetingUUID);
    expect(started.body.participants[0]).toMatchObject({ zoomUserId: vera.id, role: 'host' });

    const page = await request(app).get(`/client?user=${DEFAULT_ZOOM_USER.id}`).expect(200);
    expect(JSON.parse(/id="zc-boot">(.*?)<\/script>/.exec(page.text)?.[1] ?? '{}')).toMatchObject({ meetingUuid: started.body.meetingUUID });
    const next = clientStateOf(state).meetings.byUuid.get(started.body.meetingUUID)!;
    const { launchId } = await joinAndLaunch({ ...setupDone, meeting: next }, vera.id, 'host');
    expect(await contextOf(setupDone, launchId)).toMatchObject({ mid: started.body.meetingUUID, uid: vera.id });

    await request(app)
      .post(`/client/api/meetings/${encodeURIComponent(started.body.meetingUUID)}/end`)
      .expect(200);
    const endings = () => received.map((delivery) => JSON.parse(delivery.rawBody)).filter((body) => body.event === 'meeting.ended');
    await expect.poll(() => endings().length).toBe(2);
    expect(endings()[1]).toMatchObject({ payload: { object: { uuid: started.body.meetingUUID, host_id: vera.id } } });
  });

  it('refuses a new meeting for someone who is not a sandbox user', async () => {
    const { app } = await setup();
    await request(app).post('/client/api/meetings').send({ userId: 'nobody' }).expect(404);
    await request(app).post('/client/api/meetings').send({}).expect(400);
  });

  it('delivers an app invitation to the chosen participants: each is marked with who invited them, and open pages hear it', async () => {
    const { app, state, meeting } = await setup();
    const [host, emma, jordan] = meeting.participants;
    const heard: unknown[] = [];
    subscribe(clientStateOf(state).meetings, meeting.meetingUUID, (change) => heard.push(change));
    const path = `/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/invitations`;
    const sent = await request(app)
      .post(path)
      .send({ from: host!.participantUUID, to: [emma!.participantUUID] })
      .expect(201);
    expect(sent.body).toEqual({ invitationUUID: expect.any(String), invitedUserCount: 1 });
    const snapshot = await request(app)
      .get(`/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}`)
      .expect(200);
    expect(snapshot.body.participants[1].appInvitation).toEqual({ fromScreenName: host!.screenName, at: expect.any(Number) });
    expect(snapshot.body.participants[2].appInvitation).toBeUndefined();
    expect(heard).toEqual([{ type: 'invite', participant: expect.objectContaining({ participantUUID: emma!.participantUUID }), from: host }]);

    await request(app)
      .post(path)
      .send({ from: host!.participantUUID, to: [host!.participantUUID] })
      .expect(400);
    await request(app).post(path).send({ from: host!.participantUUID, to: [] }).expect(400);
    await request(app)
      .post(path)
      .send({ from: host!.participantUUID, to: ['nobody'] })
      .expect(404);
    await request(app)
      .post(`/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/end`)
      .expect(200);
    await request(app)
      .post(path)
      .send({ from: host!.participantUUID, to: [jordan!.participantUUID] })
      .expect(409);
  });
});
