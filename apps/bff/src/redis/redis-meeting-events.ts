import { z } from 'zod';
import {
  MeetingEventHub,
  meetingStreamEventSchema,
  type MeetingEvents,
  type MeetingListener,
  type MeetingStreamEvent,
} from '../routes/meetings/meeting-events.ts';
import { closeRedis, type Redis } from './redis-client.ts';

const messageSchema = z.object({ domainId: z.string(), meetingUuid: z.string(), event: meetingStreamEventSchema });

/**
 * Meeting events shared by every BFF process through Redis pub/sub, so a roster PUT or a transcript line handled
 * by one process reaches the event streams connected to all of them. A process subscribes to a meeting's channel while at
 * least one of its streams follows that meeting, and hands what arrives to its in-process hub.
 *
 * Channels are not covered by ioredis's keyPrefix, so the prefix is added here: processes of another app
 * or test run on the same server never hear these.
 */
export class RedisMeetingEvents implements MeetingEvents {
  private readonly local = new MeetingEventHub();
  private readonly followers = new Map<string, number>();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channelPrefix: string,
    private readonly onError: (error: Error) => void,
  ) {
    subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  /** A second connection for the subscriptions: a Redis connection in subscriber mode sends nothing else. */
  static async connect(publisher: Redis, channelPrefix: string, onError: (error: Error) => void): Promise<RedisMeetingEvents> {
    const subscriber = publisher.duplicate();
    if (subscriber.status === 'wait') await subscriber.connect();
    subscriber.on('error', onError);
    return new RedisMeetingEvents(publisher, subscriber, channelPrefix, onError);
  }

  private channelOf(domainId: string, meetingUuid: string): string {
    return `${this.channelPrefix}meeting:${domainId}:${meetingUuid}`;
  }

  subscribe(domainId: string, meetingUuid: string, listener: MeetingListener): () => void {
    const channel = this.channelOf(domainId, meetingUuid);
    const following = this.followers.get(channel) ?? 0;
    this.followers.set(channel, following + 1);
    if (following === 0) this.subscriber.subscribe(channel).catch(this.onError);
    const unsubscribeLocal = this.local.subscribe(domainId, meetingUuid, listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      unsubscribeLocal();
      const left = (this.followers.get(channel) ?? 1) - 1;
      if (left > 0) {
        this.followers.set(channel, left);
        return;
      }
      this.followers.delete(channel);
      this.subscriber.unsubscribe(channel).catch(this.onError);
    };
  }

  /**
   * Sends the event to every process, this one included (it hears its own message). If Redis cannot take
   * it, this process's streams still get it.
   */
  publish(domainId: string, meetingUuid: string, event: MeetingStreamEvent): void {
    this.publisher.publish(this.channelOf(domainId, meetingUuid), JSON.stringify({ domainId, meetingUuid, event })).catch((error: Error) => {
      this.onError(error);
      this.local.publish(domainId, meetingUuid, event);
    });
  }

  private deliver(channel: string, message: string): void {
    if (!this.followers.has(channel)) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    const received = messageSchema.safeParse(parsed);
    if (received.success) this.local.publish(received.data.domainId, received.data.meetingUuid, received.data.event);
  }

  /** Open subscriptions of this process's streams. */
  size(): number {
    return this.local.size();
  }

  async close(): Promise<void> {
    await closeRedis(this.subscriber);
  }
}
