import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { acquireRtmsLease, isKnownMeeting, releaseRtmsLease } from './rtms-lease.ts';

describe('the RTMS stream lease', () => {
  it('lets one holder take a stream, renew it and release it; the other waits', async ({ store: { prisma } }) => {
    expect(await acquireRtmsLease(prisma, 'stream-1', 'bff-a', 30)).toBe(true);
    expect(await acquireRtmsLease(prisma, 'stream-1', 'bff-b', 30)).toBe(false);
    expect(await acquireRtmsLease(prisma, 'stream-1', 'bff-a', 30)).toBe(true);
    // Only the holder's release counts.
    await releaseRtmsLease(prisma, 'stream-1', 'bff-b');
    expect(await acquireRtmsLease(prisma, 'stream-1', 'bff-b', 30)).toBe(false);
    await releaseRtmsLease(prisma, 'stream-1', 'bff-a');
    expect(await acquireRtmsLease(prisma, 'stream-1', 'bff-b', 30)).toBe(true);
  });

  it('gives a stream to another holder once the lease has run out', async ({ store: { prisma } }) => {
    expect(await acquireRtmsLease(prisma, 'stream-2', 'bff-a', 0.05)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await acquireRtmsLease(prisma, 'stream-2', 'bff-b', 30)).toBe(true);
    expect(await acquireRtmsLease(prisma, 'stream-2', 'bff-a', 30)).toBe(false);
  });

  it('grants exactly one of two racing holders', async ({ store: { prisma } }) => {
    const won = await Promise.all(['bff-a', 'bff-b'].map((holder) => acquireRtmsLease(prisma, 'stream-3', holder, 30)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('knows a meeting only once a roster created it', async ({ store: { prisma } }) => {
    expect(await isKnownMeeting(prisma, 'unknown-meeting==')).toBe(false);
    const domain = await prisma.domain.findFirstOrThrow();
    await prisma.meeting.create({ data: { domainId: domain.id, meetingUuid: 'known-meeting==' } });
    expect(await isKnownMeeting(prisma, 'known-meeting==')).toBe(true);
  });
});
