import type { PlayerClock } from './player-clock.ts';
import type { TimedLine } from './line-timing.ts';

export interface Playback {
  stop(): void;
  /** Lines emitted so far. */
  readonly played: number;
  readonly finished: boolean;
}

/**
 * Plays timed lines: each is emitted when its speaker finishes saying it (its `endMs` after the start), as a
 * transcript arrives once the words are spoken. Each wait is measured from the start, so delays do not add up.
 */
export function playConversation(
  lines: readonly TimedLine[],
  emit: (line: TimedLine) => void,
  clock: PlayerClock,
  onFinished: () => void = () => undefined,
): Playback {
  const startedAt = clock.now();
  let played = 0;
  let finished = false;
  let cancel = () => {};

  const finish = () => {
    if (finished) return;
    finished = true;
    cancel();
    onFinished();
  };
  const scheduleNext = () => {
    const next = lines[played];
    if (!next) return finish();
    cancel = clock.after(Math.max(0, startedAt + next.endMs - clock.now()), () => {
      played += 1;
      emit(next);
      // Emitting may have stopped the playback (the meeting ended).
      if (!finished) scheduleNext();
    });
  };

  scheduleNext();
  return {
    stop: finish,
    get played() {
      return played;
    },
    get finished() {
      return finished;
    },
  };
}
