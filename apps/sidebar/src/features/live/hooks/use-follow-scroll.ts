import { useLayoutEffect, useReducer, useRef } from 'react';
import { FOLLOWING, nextFollowState } from '../lib/follow-scroll';

/**
 * Keeps a scrolling list at its newest line (the bottom) as `count` grows, until the user scrolls up; scrolling
 * back to the end or `jump` resumes it. `unseen` counts the lines that came meanwhile.
 */
export function useFollowScroll<E extends HTMLElement>(count: number) {
  const ref = useRef<E>(null);
  const [state, dispatch] = useReducer(nextFollowState, FOLLOWING);
  const counted = useRef(count);

  useLayoutEffect(() => {
    const added = count - counted.current;
    counted.current = count;
    if (added > 0) dispatch({ kind: 'added', count: added });
    // Before paint, so a following list never shows a frame away from its end.
    if (state.following && ref.current) ref.current.scrollTop = ref.current.scrollHeight;
  }, [count, state.following]);

  return {
    ref,
    following: state.following,
    unseen: state.unseen,
    onScroll: () => {
      if (ref.current) dispatch({ kind: 'scrolled', metrics: ref.current });
    },
    jump: () => dispatch({ kind: 'jump' }),
  };
}
