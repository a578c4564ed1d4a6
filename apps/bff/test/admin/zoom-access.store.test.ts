import { sessionViewSchema, zoomAccessSchema } from '@c360/contracts';
import { afterEach, describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, domainIdOf, get, signedIn } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

const file = fileAppOf(it, ['session', 'rateLimitCounter']);
let acmeCompany: string;
it.beforeAll(async () => {
  acmeCompany = await companyIdOf(file.store, 'acme.gainsightcloud.com');
});
afterEach(async () => {
  await file.store.prisma.domain.updateMany({ data: { zoomAccessPolicy: 'ALL_LICENSED' } });
});

const putAccess = (cookie: string, body: object) => clientOf(file.app, cookie).put('/api/admin/zoom-access', body);
const userId = async (username: string) =>
  (await file.store.prisma.user.findFirstOrThrow({ where: { username, domain: { host: 'acme.gainsightcloud.com' } } })).id;
const readCompany = (cookie: string) => get(file.app, `/api/companies/${acmeCompany}`, cookie);

describe('GET /api/admin/zoom-access', () => {
  it("lists the admin's domain users with licence, licensed flag and Zoom-app choice", async () => {
    const res = await get(file.app, '/api/admin/zoom-access', await signedIn(file.app, file.store, 'alex@acme.example')).expect(200);
    const access = zoomAccessSchema.parse(res.body);
    expect(access.policy).toBe('ALL_LICENSED');
    expect(access.users.find((u) => u.email === 'ian@acme.example')).toMatchObject({ licence: 'INTERNAL_COLLABORATOR', licensed: false });
    expect(access.users.find((u) => u.email === 'vera@acme.example')).toMatchObject({ licence: 'VIEWER', licensed: true });
    expect(access.users.every((u) => u.email.endsWith('@acme.example'))).toBe(true);
  });

  it('refuses a Full user who is not an administrator, with the reason', async () => {
    const res = await get(file.app, '/api/admin/zoom-access', await signedIn(file.app, file.store, 'hana.sato@acme.example')).expect(403);
    expect(res.body.detail).toBe('Only a tenant administrator can administer the Zoom app.');
  });

  it('refuses a Viewer, saying a Full licence is needed', async () => {
    const res = await get(file.app, '/api/admin/zoom-access', await signedIn(file.app, file.store, 'vera@acme.example')).expect(403);
    expect(res.body.detail).toBe('Your Viewer licence cannot administer the Zoom app: it needs a Full licence.');
  });

  it('asks a browser that has not signed in to sign in', async () => {
    await get(file.app, '/api/admin/zoom-access').expect(401);
  });
});

describe('PUT /api/admin/zoom-access', () => {
  it("turns the app off for everyone: vera's existing session is refused at its next request, with the reason", async () => {
    const vera = await signedIn(file.app, file.store, 'vera@acme.example');
    await readCompany(vera).expect(200);
    const admin = await signedIn(file.app, file.store, 'alex@acme.example');
    const audited = () =>
      file.store.prisma.auditEvent.count({ where: { type: 'admin.zoom-access.updated', data: { equals: { policy: 'NOBODY', allowedUserIds: [] } } } });
    const auditedBefore = await audited();
    const res = await putAccess(admin, { policy: 'NOBODY' }).expect(200);
    expect(zoomAccessSchema.parse(res.body).policy).toBe('NOBODY');

    const refused = await readCompany(vera).expect(403);
    expect(refused.body.detail).toBe('Your administrator has turned off the Zoom app for Acme.');
    const view = sessionViewSchema.parse((await get(file.app, '/api/session', vera).expect(200)).body);
    expect(view).toEqual({ zoom: null, gainsight: null, refused: { reason: 'Your administrator has turned off the Zoom app for Acme.' } });
    expect(await audited()).toBe(auditedBefore + 1);
  });

  it('never shuts out the administrator, who can sign in again and undo it', async () => {
    const admin = await signedIn(file.app, file.store, 'alex@acme.example');
    await putAccess(admin, { policy: 'NOBODY' }).expect(200);
    await readCompany(admin).expect(200);
    const again = await signedIn(file.app, file.store, 'alex@acme.example');
    await putAccess(again, { policy: 'ALL_LICENSED' }).expect(200);
  });

  it('allows exactly the selected users', async () => {
    const [vera, paul] = [await signedIn(file.app, file.store, 'vera@acme.example'), await signedIn(file.app, file.store, 'paul@acme.example')];
    const admin = await signedIn(file.app, file.store, 'alex@acme.example');
    const allowed = [await userId('paul@acme.example'), await userId('alex@acme.example')];
    const res = await putAccess(admin, { policy: 'SELECTED_USERS', allowedUserIds: allowed }).expect(200);
    const access = zoomAccessSchema.parse(res.body);
    expect(
      access.users
        .filter((u) => u.zoomAppAllowed)
        .map((u) => u.id)
        .sort(),
    ).toEqual([...allowed].sort());

    await readCompany(paul).expect(200);
    expect((await readCompany(vera).expect(403)).body.detail).toMatch(/only to selected users/);
    expect((await get(file.app, '/api/session', vera).expect(200)).body.refused.reason).toMatch(/only to selected users/);
  });

  it('lets every licensed user in again under ALL_LICENSED', async () => {
    const admin = await signedIn(file.app, file.store, 'alex@acme.example');
    const vera = await signedIn(file.app, file.store, 'vera@acme.example');
    await putAccess(admin, { policy: 'SELECTED_USERS', allowedUserIds: [await userId('alex@acme.example')] }).expect(200);
    await readCompany(vera).expect(403);
    await putAccess(admin, { policy: 'ALL_LICENSED' }).expect(200);
    await readCompany(vera).expect(200);
  });

  it("refuses ids that are not users of the admin's domain, naming allowedUserIds", async () => {
    const admin = await signedIn(file.app, file.store, 'alex@acme.example');
    const sam = await file.store.prisma.user.findFirstOrThrow({ where: { username: 'sam@globex.example' } });
    const res = await putAccess(admin, { policy: 'SELECTED_USERS', allowedUserIds: [sam.id] }).expect(400);
    expect(res.body.errors).toEqual([{ path: 'allowedUserIds', message: expect.any(String) }]);
    const globex = await file.store.prisma.domain.findUniqueOrThrow({ where: { id: await domainIdOf(file.store, 'globex.us2.gainsightcloud.com') } });
    expect(globex.zoomAccessPolicy).toBe('ALL_LICENSED');
    expect((await file.store.prisma.domain.findUniqueOrThrow({ where: { host: 'acme.gainsightcloud.com' } })).zoomAccessPolicy).toBe('ALL_LICENSED');
  });

  it('names a bad policy', async () => {
    const res = await putAccess(await signedIn(file.app, file.store, 'alex@acme.example'), { policy: 'EVERYONE' }).expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['policy']);
  });

  it('refuses a non-administrator', async () => {
    const res = await putAccess(await signedIn(file.app, file.store, 'paul@acme.example'), { policy: 'NOBODY' }).expect(403);
    expect(res.body.detail).toMatch(/Viewer\+ licence cannot administer/);
  });
});
