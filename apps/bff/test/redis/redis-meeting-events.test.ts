import type { MeetingView } from '@c360/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RedisMeetingEvents } from '../../src/redis/redis-meeting-events.ts';
import type { MeetingStreamEvent } from '../../src/routes/meetings/meeting-events.ts';
import { connectTestRedis, type TestRedis } from '../support/test-redis.ts';

const view = (meetingUuid: string): MeetingStreamEvent => ({
  event: 'meeting',
  data: {
    meetingUuid,
    topic: 'Quarterly review',
    subject: null,
    participants: [],
    suggestedCompany: null,
    updatedAt: new Date(0).toISOString(),
  } satisfies MeetingView,
});

let redis: TestRedis;
let otherApp: TestRedis;
// Two BFF processes of one app, and one of another app sharing the Redis server under another prefix.
let first: RedisMeetingEvents;
let second: RedisMeetingEvents;
let stranger: RedisMeetingEvents;

beforeAll(async () => {
  redis = await connectTestRedis();
  otherApp = await connectTestRedis();
  first = await RedisMeetingEvents.connect(redis.redis, redis.keyPrefix, (error) => {
    throw error;
  });
  second = await RedisMeetingEvents.connect(redis.redis, redis.keyPrefix, (error) => {
    throw error;
  });
  stranger = await RedisMeetingEvents.connect(otherApp.redis, otherApp.keyPrefix, (error) => {
    throw error;
  });
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close(), stranger?.close()]);
  await Promise.all([redis?.close(), otherApp?.close()]);
});

describe('meeting changes through Redis', () => {
  it('a change published by one process reaches the streams of every process following that meeting, and only those', async () => {
    const onSecond = vi.fn();
    const onFirst = vi.fn();
    const otherMeeting = vi.fn();
    const otherDomain = vi.fn();
    const otherPrefix = vi.fn();
    const stop = [
      second.subscribe('domain-1', 'meeting-a', onSecond),
      first.subscribe('domain-1', 'meeting-a', onFirst),
      second.subscribe('domain-1', 'meeting-b', otherMeeting),
      second.subscribe('domain-2', 'meeting-a', otherDomain),
      stranger.subscribe('domain-1', 'meeting-a', otherPrefix),
    ];
    // SUBSCRIBE is asynchronous: wait until Redis counts a subscriber on the channel.
    await vi.waitFor(async () => expect(await redis.redis.pubsub('NUMSUB', `${redis.keyPrefix}meeting:domain-1:meeting-a`)).toEqual([expect.any(String), 2]));

    first.publish('domain-1', 'meeting-a', view('meeting-a'));
    await vi.waitFor(() => expect(onSecond).toHaveBeenCalledWith(view('meeting-a')));
    await vi.waitFor(() => expect(onFirst).toHaveBeenCalledTimes(1));
    // Another message on the same connection, to be sure the others had their chance to arrive.
    first.publish('domain-1', 'meeting-b', view('meeting-b'));
    await vi.waitFor(() => expect(otherMeeting).toHaveBeenCalledTimes(1));
    expect(otherDomain).not.toHaveBeenCalled();
    expect(otherPrefix).not.toHaveBeenCalled();
    expect(onSecond).toHaveBeenCalledTimes(1);
    for (const unsubscribe of stop) unsubscribe();
  });

  it('carries the transcript events of a meeting too', async () => {
    const onSecond = vi.fn();
    const unsubscribe = second.subscribe('domain-1', 'meeting-t', onSecond);
    await vi.waitFor(async () => expect(await redis.redis.pubsub('NUMSUB', `${redis.keyPrefix}meeting:domain-1:meeting-t`)).toEqual([expect.any(String), 1]));
    const segment: MeetingStreamEvent = {
      event: 'transcript',
      data: {
        kind: 'segment',
        segment: {
          id: '00000000-0000-4000-8000-000000000001',
          speakerName: 'Emma Clark',
          side: 'unknown',
          text: 'We need it by Friday.',
          startTime: '2026-03-02T09:00:12.000Z',
          endTime: '2026-03-02T09:00:14.500Z',
          language: 'en',
        },
      },
    };
    first.publish('domain-1', 'meeting-t', segment);
    await vi.waitFor(() => expect(onSecond).toHaveBeenCalledWith(segment));
    unsubscribe();
  });

  it('a process leaves a meeting’s channel when its last stream of that meeting goes', async () => {
    const channel = `${redis.keyPrefix}meeting:domain-1:meeting-c`;
    const subscribers = async () => ((await redis.redis.pubsub('NUMSUB', channel)) as [string, number])[1];
    const a = second.subscribe('domain-1', 'meeting-c', () => undefined);
    const b = second.subscribe('domain-1', 'meeting-c', () => undefined);
    await vi.waitFor(async () => expect(await subscribers()).toBe(1));
    a();
    a();
    expect(second.size()).toBe(1);
    b();
    await vi.waitFor(async () => expect(await subscribers()).toBe(0));
    expect(second.size()).toBe(0);
  });
});
