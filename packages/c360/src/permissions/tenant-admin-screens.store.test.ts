import { MEETING_LOG_MODES } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { readZoomAccess } from '../admin/read-zoom-access.ts';
import { updateZoomAccess } from '../admin/update-zoom-access.ts';
import { readDomainSettings } from '../settings/read-domain-settings.ts';
import { updateDomainSettings } from '../settings/update-domain-settings.ts';
import type { Store } from '../store/index.ts';
import type { Actor } from './actor.ts';

// The tenant admin's screens, checked by the domain functions themselves (alex is acme's admin, hana is not).
let store: Store;
let alex: Actor;
let hana: Actor;
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  [alex, hana] = await actors('alex@acme.example', 'hana.sato@acme.example');
});

const policyOfAcme = async () => (await store.prisma.domain.findUniqueOrThrow({ where: { id: alex.domainId } })).zoomAccessPolicy;

describe("the admin's Zoom-app access", () => {
  it('is read by a tenant admin', async () => {
    expect((await readZoomAccess(store.prisma, alex)).users.map((user) => user.email)).toContain('hana.sato@acme.example');
  });

  it('cannot be read by a user who is not a tenant admin', async () => {
    expect(await rejection(readZoomAccess(store.prisma, hana))).toMatchObject({ code: 'FORBIDDEN', details: { action: 'administer' } });
  });

  it('cannot be changed by a user who is not a tenant admin, whatever they send', async () => {
    const before = await policyOfAcme();
    for (const body of [{ policy: 'NOBODY' }, { policy: 'nonsense' }]) {
      expect(await rejection(updateZoomAccess(store.prisma, hana, body))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await policyOfAcme()).toBe(before);
  });
});

describe("the domain's Zoom-app settings", () => {
  it('are read by a tenant admin', async () => {
    expect(await readDomainSettings(store.prisma, alex)).toHaveProperty('meetingLogMode');
  });

  it('cannot be read or changed by a user who is not a tenant admin', async () => {
    const before = await readDomainSettings(store.prisma, alex);
    expect(await rejection(readDomainSettings(store.prisma, hana))).toMatchObject({ code: 'FORBIDDEN', details: { action: 'administer' } });
    const other = MEETING_LOG_MODES.find((mode) => mode !== before.meetingLogMode)!;
    expect(await rejection(updateDomainSettings(store.prisma, hana, { meetingLogMode: other }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await readDomainSettings(store.prisma, alex)).toEqual(before);
  });
});
