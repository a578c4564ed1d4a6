const BASE_MS = 1_000;
const MAX_MS = 30_000;

/** How long to wait before try `attempt + 1` (0-based): 1 s, 2 s, 4 s… up to 30 s. */
export const backoffDelayMs = (attempt: number): number => Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt));
