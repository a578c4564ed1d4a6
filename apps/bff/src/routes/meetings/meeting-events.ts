import type { MeetingView } from '@c360/contracts';

export type MeetingListener = (view: MeetingView) => void;

/**
 * In-process fan-out of meeting changes to the SSE streams of this BFF process, keyed by domain and meeting.
 *
 * Only the streams connected to THIS process hear a change. With several BFF processes behind a load
 * balancer, a roster PUT handled by one process would not reach sidebars streaming from another: that needs
 * a shared bus (e.g. Redis pub/sub on a `meeting:<domainId>:<meetingUuid>` channel, each process
 * re-reading or relaying the view to its local listeners). Not built yet; this hub is the seam for it.
 */
export class MeetingEventHub {
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
