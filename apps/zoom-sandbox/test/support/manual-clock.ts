import type { PlayerClock } from '../../src/speech/player-clock.ts';

/** A player clock tests move by hand: `advance` runs every timer that falls due, in time order, without sleeping. */
export function manualClock(start = Date.UTC(2026, 11, 6, 9, 0, 0)) {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: PlayerClock = {
    now: () => now,
    after(ms, run) {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return () => timers.delete(id);
    },
  };
  const nextDue = (until: number) => [...timers.entries()].filter(([, timer]) => timer.at <= until).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
  return {
    clock,
    /** Milliseconds since the clock started. */
    elapsed: () => now - start,
    pending: () => timers.size,
    advance(ms: number) {
      const until = now + ms;
      for (let due = nextDue(until); due; due = nextDue(until)) {
        const [id, timer] = due;
        timers.delete(id);
        now = timer.at;
        timer.run();
      }
      now = until;
    },
  };
}
