import { meetingViewSchema, transcriptEventSchema } from '@c360/contracts';
import { z } from 'zod';

/**
 * What a meeting's `/events` stream carries, each as an SSE event of that name: the meeting as it now is, or
 * a transcript event (a new segment, capture on or off). A schema, as Redis relays it between processes.
 */
export const meetingStreamEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('meeting'), data: meetingViewSchema }),
  z.object({ event: z.literal('transcript'), data: transcriptEventSchema }),
]);
export type MeetingStreamEvent = z.infer<typeof meetingStreamEventSchema>;

export type MeetingListener = (event: MeetingStreamEvent) => void;

/** How the BFF fans a meeting's events out to its event streams: in this process, or through Redis. */
export interface MeetingEvents {
  /** Subscribes; the returned function unsubscribes (idempotent). */
  subscribe(domainId: string, meetingUuid: string, listener: MeetingListener): () => void;
  publish(domainId: string, meetingUuid: string, event: MeetingStreamEvent): void;
  /** Open subscriptions of this process's streams (for tests and metrics). */
  size(): number;
}

/**
 * In-process fan-out of meeting events to the SSE streams of this BFF process, keyed by domain and meeting.
 * Enough for one process; with REDIS_URL, `RedisMeetingEvents` relays events between processes into this hub.
 */
export class MeetingEventHub implements MeetingEvents {
  private readonly listeners = new Map<string, Set<MeetingListener>>();

  private static keyOf(domainId: string, meetingUuid: string): string {
    return `${domainId}\u0000${meetingUuid}`;
  }

  /** Subscribes; the returned function unsubscribes (idempotent). */
  subscribe(domainId: string, meetingUuid: string, listener: MeetingListener): () => void {
    const key = MeetingEventHub.keyOf(domainId, meetingUuid);
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(key);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(key);
    };
  }

  publish(domainId: string, meetingUuid: string, event: MeetingStreamEvent): void {
    const set = this.listeners.get(MeetingEventHub.keyOf(domainId, meetingUuid));
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(event);
      } catch {
        // One broken stream must not stop the others; its own close handler unsubscribes it.
      }
    }
  }

  /** Open subscriptions (for tests and metrics). */
  size(): number {
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }
}
