import { describe, expect, it } from 'vitest';
import { FOLLOWING, isAtEnd, nextFollowState, type FollowState } from './follow-scroll';

// A 200 px window on 1000 px of lines.
const atEnd = { scrollTop: 800, scrollHeight: 1000, clientHeight: 200 };
const scrolledUp = { scrollTop: 300, scrollHeight: 1000, clientHeight: 200 };

const run = (events: Parameters<typeof nextFollowState>[1][], from: FollowState = FOLLOWING) => events.reduce(nextFollowState, from);

describe('following the transcript', () => {
  it('follows new lines while the user leaves it at the end', () => {
    expect(run([{ kind: 'added', count: 3 }])).toEqual({ following: true, unseen: 0 });
  });

  it('stops when the user scrolls up, counting the lines that come meanwhile', () => {
    expect(
      run([
        { kind: 'scrolled', metrics: scrolledUp },
        { kind: 'added', count: 2 },
        { kind: 'added', count: 1 },
      ]),
    ).toEqual({ following: false, unseen: 3 });
  });

  it('resumes with Jump to latest', () => {
    expect(run([{ kind: 'scrolled', metrics: scrolledUp }, { kind: 'added', count: 2 }, { kind: 'jump' }])).toEqual(FOLLOWING);
  });

  it('resumes when the user scrolls back to the end', () => {
    expect(
      run([
        { kind: 'scrolled', metrics: scrolledUp },
        { kind: 'added', count: 2 },
        { kind: 'scrolled', metrics: atEnd },
      ]),
    ).toEqual(FOLLOWING);
  });

  it('counts a few pixels short of the end as the end', () => {
    expect(isAtEnd({ ...atEnd, scrollTop: 790 })).toBe(true);
    expect(isAtEnd({ ...atEnd, scrollTop: 700 })).toBe(false);
  });
});
