/** Where the product's "now" comes from. */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let current: Clock = systemClock;

/**
 * The current moment, for every rule that depends on it (expiry, "today", history windows, demo data).
 * Code never asks the system for the time itself, so a test can fix it in one place.
 */
export const now = (): Date => current();

/** Makes `now()` answer from `clock` (a test's fixed or moving time); the returned function restores the system clock. */
export function setClock(clock: Clock): () => void {
  current = clock;
  return () => {
    current = systemClock;
  };
}
