import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { acquireRtmsLease, isKnownMeeting, redirectRtmsLease, releaseRtmsLease } from './rtms-lease.ts';

const held = (lease: unknown) => lease !== null;

describe('the RTMS stream lease', () => {
  it('lets one holder take a stream, renew it and release it; the other waits', async ({ store: { prisma } }) => {
    expect(held(await acquireRtmsLease(prisma, 'stream-1', 'bff-a', 30))).toBe(true);
    expect(held(await acquireRtmsLease(prisma, 'stream-1', 'bff-b', 30))).toBe(false);
    expect(held(await acquireRtmsLease(prisma, 'stream-1', 'bff-a', 30))).toBe(true);
    // Only the holder's release counts.
    await releaseRtmsLease(prisma, 'stream-1', 'bff-b');
    expect(held(await acquireRtmsLease(prisma, 'stream-1', 'bff-b', 30))).toBe(false);
    await releaseRtmsLease(prisma, 'stream-1', 'bff-a');
    expect(held(await acquireRtmsLease(prisma, 'stream-1', 'bff-b', 30))).toBe(true);
  });

  it('gives a stream to another holder once the lease has run out', async ({ store: { prisma } }) => {
    expect(held(await acquireRtmsLease(prisma, 'stream-2', 'bff-a', 0.05))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(held(await acquireRtmsLease(prisma, 'stream-2', 'bff-b', 30))).toBe(true);
    expect(held(await acquireRtmsLease(prisma, 'stream-2', 'bff-a', 30))).toBe(false);
  });

  it('grants exactly one of two racing holders', async ({ store: { prisma } }) => {
    const won = await Promise.all(['bff-a', 'bff-b'].map((holder) => acquireRtmsLease(prisma, 'stream-3', holder, 30)));
    expect(won.filter(held)).toHaveLength(1);
  });

  it('keeps the server Zoom named last: a process without the lease writes a failover for the holder', async ({ store: { prisma } }) => {
    expect(await redirectRtmsLease(prisma, 'stream-4', 'wss://n2.zoom.us/stream-4')).toBe(false);
    expect(await acquireRtmsLease(prisma, 'stream-4', 'bff-a', 30, 'wss://n1.zoom.us/stream-4')).toEqual({ serverUrl: 'wss://n1.zoom.us/stream-4' });
    expect(await acquireRtmsLease(prisma, 'stream-4', 'bff-b', 30, 'wss://n2.zoom.us/stream-4')).toBeNull();
    expect(await redirectRtmsLease(prisma, 'stream-4', 'wss://n2.zoom.us/stream-4')).toBe(true);
    // The holder's renewal reads it.
    expect(await acquireRtmsLease(prisma, 'stream-4', 'bff-a', 30)).toEqual({ serverUrl: 'wss://n2.zoom.us/stream-4' });
  });

  it('knows a meeting only once a roster created it', async ({ store: { prisma } }) => {
    expect(await isKnownMeeting(prisma, 'unknown-meeting==')).toBe(false);
    const domain = await prisma.domain.findFirstOrThrow();
    await prisma.meeting.create({ data: { domainId: domain.id, meetingUuid: 'known-meeting==' } });
    expect(await isKnownMeeting(prisma, 'known-meeting==')).toBe(true);
  });
});
