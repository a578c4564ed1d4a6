import { afterEach, beforeEach } from 'vitest';
import { setClock } from '../../src/clock/index.ts';

export interface FixedClock {
  /** The moment `now()` answers. */
  readonly now: Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

/**
 * Fixes the product's clock (`now()`) for every test of the file, starting each test at `at`; `set` and
 * `advance` move it. The system clock is back after each test.
 */
export function useFixedClock(at: Date | string): FixedClock {
  let current = new Date(at);
  let restore: (() => void) | undefined;
  beforeEach(() => {
    current = new Date(at);
    restore = setClock(() => new Date(current));
  });
  afterEach(() => restore?.());
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
