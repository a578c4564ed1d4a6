/** Where the conversation player takes time from: the sandbox's clock and a timer tests can drive. */
export interface PlayerClock {
  now(): number;
  /** Runs `run` after `ms`; the answer cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** Real time: the sandbox's `now` and Node's timers (unref'd so a playing demo never holds the process open). */
export function systemPlayerClock(now: () => number): PlayerClock {
  return {
    now,
    after(ms, run) {
      const timer = setTimeout(run, ms);
      timer.unref();
      return () => clearTimeout(timer);
    },
  };
}
