import { meetingDraftsSchema, type MeetingDrafts } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, get, write } from '../support/gainsight.ts';
import { launchAndSignIn } from '../support/zoom-launch.ts';
import { ACME, activityInput, GLOBEX } from '../timeline/timeline-support.ts';

const M = 'kT9+qR2/xY7wZ1==';
const OTHER = 'another-meeting==';
const draftsPath = (meetingUuid: string) => `/api/meetings/${encodeURIComponent(meetingUuid)}/drafts`;

const file = fileAppOf(it);
let alex: string;
let vera: string;
let sam: string;
let alexElsewhere: string;
let acmeCompanyId: string;

async function draft(cookie: string, subject: string, overrides: object = {}): Promise<string> {
  const companyId = cookie === sam ? await companyIdOf(file.store, GLOBEX) : acmeCompanyId;
  const res = await write(file.app, 'post', '/api/activities', cookie, {
    ...activityInput(companyId),
    status: 'DRAFT',
    meetingUuid: M,
    subject,
    ...overrides,
  }).expect(201);
  return res.body.id as string;
}

async function draftsOf(cookie: string, meetingUuid = M): Promise<MeetingDrafts> {
  return meetingDraftsSchema.parse((await get(file.app, draftsPath(meetingUuid), cookie).expect(200)).body);
}

it.beforeAll(async () => {
  alex = await launchAndSignIn(file.app, file.store, { username: 'alex@acme.example', context: { uid: 'zoom-alex', mid: M, attendrole: 'host' } });
  vera = await launchAndSignIn(file.app, file.store, { username: 'vera@acme.example', context: { uid: 'zoom-vera', mid: M, attendrole: 'attendee' } });
  sam = await launchAndSignIn(file.app, file.store, { username: 'sam@globex.example', host: GLOBEX, context: { uid: 'zoom-sam', mid: M, attendrole: 'host' } });
  alexElsewhere = await launchAndSignIn(file.app, file.store, { username: 'alex@acme.example', context: { uid: 'zoom-alex-2', mid: OTHER } });
  acmeCompanyId = await companyIdOf(file.store, ACME);
});

describe('GET /api/meetings/:meetingUuid/drafts', () => {
  it("answers the user's own drafts of this meeting only, the most recently saved first", async () => {
    const first = await draft(alex, 'Alex first');
    const second = await draft(alex, 'Alex second');
    await draft(alex, 'Logged', { status: 'LOGGED' });
    await draft(alex, 'Another meeting', { meetingUuid: OTHER });
    await draft(vera, 'Vera draft');
    await draft(sam, 'Sam draft');
    // An autosave of the first draft makes it the most recently saved.
    await write(file.app, 'patch', `/api/activities/${first}`, alex, { notes: '<p>More</p>', version: 1 }).expect(200);

    const mine = await draftsOf(alex);
    expect(mine.items.map((item) => item.id)).toEqual([first, second]);
    expect(mine.items[0]).toMatchObject({ status: 'DRAFT', meetingUuid: M, notes: '<p>More</p>', version: 2 });
    expect((await draftsOf(vera)).items.map((item) => item.subject)).toEqual(['Vera draft']);
    // The same meeting id seen from another domain holds only that domain's user's drafts.
    expect((await draftsOf(sam)).items.map((item) => item.subject)).toEqual(['Sam draft']);
  });

  it('answers 404 to a session whose Zoom context names another meeting', async () => {
    await get(file.app, draftsPath(M), alexElsewhere).expect(404);
  });

  it('answers 401 without a sign-in', async () => {
    await get(file.app, draftsPath(M)).expect(401);
  });
});
