export interface RosterPublisherOptions<Body> {
  send: (body: Body) => Promise<unknown>;
  /** Joins often come in bursts (and Zoom repeats them): wait this long for the roster to settle. */
  debounceMs: number;
  retryDelayMs: (attempt: number) => number;
  /** False when trying again cannot help, e.g. a 403 for someone who is no longer a host. */
  isRetryable: (error: unknown) => boolean;
}

export interface RosterPublisher<Body> {
  publish: (body: Body) => void;
  dispose: () => void;
}

/**
 * Sends the latest roster: debounced, one request at a time, only when it changed since the last one
 * the server took, and retried with backoff until it gets through or a newer roster replaces it.
 */
export function createRosterPublisher<Body>({ send, debounceMs, retryDelayMs, isRetryable }: RosterPublisherOptions<Body>): RosterPublisher<Body> {
  let latest: { body: Body; key: string } | undefined;
  let settledKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let failures = 0;
  let disposed = false;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  async function flush(): Promise<void> {
    timer = undefined;
    if (disposed || inFlight || !latest || latest.key === settledKey) return;
    const { body, key } = latest;
    inFlight = true;
    let retry = false;
    try {
      await send(body);
      settledKey = key;
      failures = 0;
    } catch (error) {
      retry = isRetryable(error);
      // Given up on: not sent again unless the roster changes.
      if (!retry) settledKey = key;
    }
    inFlight = false;
    if (disposed) return;
    if (retry) {
      schedule(retryDelayMs(failures));
      failures += 1;
    } else if (latest.key !== settledKey) {
      schedule(debounceMs);
    }
  }

  return {
    publish(body) {
      latest = { body, key: JSON.stringify(body) };
      // While a request is out or a retry is waiting, that one picks up the latest roster itself.
      if (!inFlight && failures === 0) schedule(debounceMs);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
