import { DEMO_MEETING } from '@c360/c360/seed';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { domainIdOf } from '../support/gainsight.ts';
import { launchAndSignIn } from '../support/zoom-launch.ts';
import { clientOf } from '../support/http-client.ts';

const M = 'kT9+qR2/xY7wZ1==';
const OTHER = 'another-meeting==';
const GLOBEX = 'globex.us2.gainsightcloud.com';
const openedPath = (meetingUuid: string) => `/api/meetings/${encodeURIComponent(meetingUuid)}/opened`;

const file = fileAppOf(it);
let acmeId: string;
let globexId: string;

const opened = (meetingUuid: string, cookie?: string) => clientOf(file.app, cookie).post(openedPath(meetingUuid));
const openedEvents = (domainId: string) =>
  file.store.prisma.auditEvent.findMany({ where: { domainId, type: 'sidebar.opened' }, orderBy: { createdAt: 'asc' } });

it.beforeAll(async () => {
  acmeId = await domainIdOf(file.store, DEMO_MEETING.domainHost);
  globexId = await domainIdOf(file.store, GLOBEX);
});

describe('POST /api/meetings/:meetingUuid/opened', () => {
  it("records sidebar.opened with the user, the meeting, its subject, and the launch's surface and role", async () => {
    const vera = await launchAndSignIn(file.app, file.store, {
      username: 'vera@acme.example',
      context: { uid: 'zoom-vera', mid: M, typ: 'inMeeting', attendrole: 'attendee' },
    });
    const northwind = await file.store.prisma.company.findFirstOrThrow({ where: { domainId: acmeId, name: DEMO_MEETING.companyName } });
    await clientOf(file.app, vera)
      .put(`/api/meetings/${encodeURIComponent(M)}/subject`, { companyId: northwind.id })
      .expect(200);
    await opened(M, vera).expect(204);

    const veraId = (await file.store.prisma.user.findFirstOrThrow({ where: { domainId: acmeId, email: 'vera@acme.example' } })).id;
    expect(await openedEvents(acmeId)).toEqual([
      expect.objectContaining({
        domainId: acmeId,
        userId: veraId,
        meetingUuid: M,
        companyId: northwind.id,
        relationshipId: null,
        data: { surface: 'inMeeting', role: 'attendee' },
      }),
    ]);
  });

  it('answers 404 to a session whose Zoom context names another meeting, and records nothing', async () => {
    const before = (await openedEvents(acmeId)).length;
    const alexElsewhere = await launchAndSignIn(file.app, file.store, { username: 'alex@acme.example', context: { uid: 'zoom-alex', mid: OTHER } });
    await opened(M, alexElsewhere).expect(404);
    expect(await openedEvents(acmeId)).toHaveLength(before);
  });

  it("never records into another domain's meeting: a user of another domain records in their own, without its subject", async () => {
    const acmeBefore = (await openedEvents(acmeId)).length;
    const sam = await launchAndSignIn(file.app, file.store, {
      username: 'sam@globex.example',
      host: GLOBEX,
      context: { uid: 'zoom-sam', mid: M, attendrole: 'host' },
    });
    await opened(M, sam).expect(204);
    expect(await openedEvents(acmeId)).toHaveLength(acmeBefore);
    expect(await openedEvents(globexId)).toEqual([expect.objectContaining({ meetingUuid: M, companyId: null, relationshipId: null })]);
  });

  it('answers 401 without a sign-in', async () => {
    await opened(M).expect(401);
  });
});
