/** Within this many pixels of the end counts as at the end (rounding, a line still being laid out). */
const AT_END_SLACK_PX = 24;

export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

export const isAtEnd = ({ scrollTop, scrollHeight, clientHeight }: ScrollMetrics) => scrollHeight - scrollTop - clientHeight <= AT_END_SLACK_PX;

/** Whether the transcript follows the call, and how many lines came since the user stopped it. */
export interface FollowState {
  following: boolean;
  unseen: number;
}

export type FollowEvent =
  /** The user scrolled: up from the end stops following, back to the end resumes it. */
  | { kind: 'scrolled'; metrics: ScrollMetrics }
  /** New lines arrived. */
  | { kind: 'added'; count: number }
  /** "Jump to latest". */
  | { kind: 'jump' };

export const FOLLOWING: FollowState = { following: true, unseen: 0 };

export function nextFollowState(state: FollowState, event: FollowEvent): FollowState {
  switch (event.kind) {
    case 'scrolled':
      return isAtEnd(event.metrics) ? FOLLOWING : { ...state, following: false };
    case 'added':
      return state.following ? state : { ...state, unseen: state.unseen + event.count };
    case 'jump':
      return FOLLOWING;
  }
}
