import { afterAll, afterEach, beforeAll } from 'vitest';
import { setClock } from '../../src/clock/index.ts';

export interface FixedClock {
  /** The moment `now()` answers. */
  readonly now: Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

/**
 * Fixes the product's clock (`now()`) at `at` for the file it is called in (its set-up included); `set` and
 * `advance` move it within a test, and the next test starts at `at` again. The system clock is back after
 * the file.
 */
export function useFixedClock(at: Date | string): FixedClock {
  let current = new Date(at);
  let restore: (() => void) | undefined;
  beforeAll(() => {
    restore = setClock(() => new Date(current));
  });
  afterEach(() => {
    current = new Date(at);
  });
  afterAll(() => restore?.());
  return {
    get now() {
      return new Date(current);
    },
    set(to) {
      current = new Date(to);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}
