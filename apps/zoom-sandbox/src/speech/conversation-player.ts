import type { PlayerClock } from './player-clock.ts';
import type { TimedLine } from './line-timing.ts';

export interface Playback {
  stop(): void;
  /** Lines emitted so far. */
  readonly played: number;
  readonly finished: boolean;
}

/** What a playing conversation does: a speaker begins a line (`startMs`), then has said it (`endMs`). */
export interface ConversationSink {
  begins(line: TimedLine): void;
  said(line: TimedLine): void;
}

/**
 * Plays timed lines: each speaker begins at the line's `startMs` after the start (Zoom's active speaker), and the
 * line is said when they finish it (`endMs`), as a transcript arrives once the words are spoken. Each wait is
 * measured from the start, so delays do not add up.
 */
export function playConversation(lines: readonly TimedLine[], sink: ConversationSink, clock: PlayerClock, onFinished: () => void = () => undefined): Playback {
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
  const steps = lines.flatMap((line) => [
    { atMs: line.startMs, run: () => sink.begins(line) },
    {
      atMs: line.endMs,
      run: () => {
        played += 1;
        sink.said(line);
      },
    },
  ]);
  let next = 0;
  const scheduleNext = () => {
    const step = steps[next];
    if (!step) return finish();
    cancel = clock.after(Math.max(0, startedAt + step.atMs - clock.now()), () => {
      next += 1;
      step.run();
      // A step may have stopped the playback (the meeting ended).
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
