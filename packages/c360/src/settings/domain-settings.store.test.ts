import { MEETING_LOG_MODES } from '@c360/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, demoActor, rejection } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { readDomainSettings } from './read-domain-settings.ts';
import { updateDomainSettings } from './update-domain-settings.ts';

let store: Store;
let alex: Actor;
let hana: Actor;
beforeAll(async () => {
  store = await createTestStore({ seeded: true });
  alex = await demoActor(store.prisma, 'alex@acme.example');
  hana = await demoActor(store.prisma, 'hana.sato@acme.example');
});
afterAll(async () => {
  await store.close();
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
