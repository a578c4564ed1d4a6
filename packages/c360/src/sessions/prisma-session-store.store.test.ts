import { beforeEach, describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import { prismaSessionStore } from './prisma-session-store.ts';
import type { SessionRecord } from './session-record.ts';

let store: Store;
let user: { id: string; domainId: string };
it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  user = await store.prisma.user.findFirstOrThrow({ where: { username: 'alex@acme.example' }, select: { id: true, domainId: true } });
});
beforeEach(async () => {
  await store.prisma.session.deleteMany();
});

const now = new Date();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

function record(id: string, changes: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    zoomUserId: 'zoom-user-alex',
    userId: user.id,
    domainId: user.domainId,
    meetingUuid: null,
    data: {},
    createdAt: minutes(-60),
    lastSeenAt: minutes(-30),
    idleExpiresAt: minutes(60),
    absoluteExpiresAt: minutes(600),
    ...changes,
  };
}

describe('finding a Zoom user’s latest signed-in session', () => {
  it('picks the most recently seen valid session with a Gainsight user', async () => {
    const sessions = prismaSessionStore(store.prisma);
    await sessions.save(record('older', { lastSeenAt: minutes(-50) }));
    await sessions.save(record('latest', { lastSeenAt: minutes(-10) }));
    await sessions.save(record('signed-out', { lastSeenAt: minutes(-1), userId: null, domainId: null }));
    await sessions.save(record('idle', { lastSeenAt: minutes(-2), idleExpiresAt: minutes(-1) }));
    await sessions.save(record('too-old', { lastSeenAt: minutes(-3), absoluteExpiresAt: minutes(-1) }));
    await sessions.save(record('someone-else', { lastSeenAt: minutes(-1), zoomUserId: 'zoom-user-vera' }));
    expect((await sessions.findLatestSignedIn('zoom-user-alex', now))?.id).toBe('latest');
  });

  it('answers null when the Zoom user has no signed-in session', async () => {
    const sessions = prismaSessionStore(store.prisma);
    await sessions.save(record('signed-out', { userId: null, domainId: null }));
    expect(await sessions.findLatestSignedIn('zoom-user-alex', now)).toBeNull();
  });
});
