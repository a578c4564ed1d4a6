import type { MeetingView } from '@c360/contracts';

export type MeetingListener = (view: MeetingView) => void;

/** How the meeting routes fan a change out to the event streams: in this process, or through Redis. */
export interface MeetingEvents {
  /** Subscribes; the returned function unsubscribes (idempotent). */
  subscribe(domainId: string, meetingUuid: string, listener: MeetingListener): () => void;
  publish(domainId: string, meetingUuid: string, view: MeetingView): void;
  /** Open subscriptions of this process's streams (for tests and metrics). */
  size(): number;
}

/**
 * In-process fan-out of meeting changes to the SSE streams of this BFF process, keyed by domain and meeting.
 * Enough for one process; with REDIS_URL, `RedisMeetingEvents` relays changes between processes into this hub.
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

  publish(domainId: string, meetingUuid: string, view: MeetingView): void {
    const set = this.listeners.get(MeetingEventHub.keyOf(domainId, meetingUuid));
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(view);
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
