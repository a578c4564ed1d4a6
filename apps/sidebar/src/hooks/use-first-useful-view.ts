import { useEffect } from 'react';

/**
 * Marks on the page's own performance timeline (`performance.getEntriesByName`) when the parts of the first useful
 * view are painted, and the view itself once both are: what "open → first useful view" is measured by (issue 16).
 */
export const FIRST_USEFUL_VIEW_MARKS = {
  accountHeader: 'c360:account-header-painted',
  timeline: 'c360:timeline-painted',
  firstUsefulView: 'c360:first-useful-view',
} as const;

type Part = 'accountHeader' | 'timeline';

// Once per page load: a later subject or reload of the list is not the first view.
const painted = new Set<Part>();

/** Marks `part` painted the first time `shown` is true: the frame after the commit that showed it. */
export function useFirstUsefulViewMark(part: Part, shown: boolean): void {
  useEffect(() => {
    if (!shown || painted.has(part)) return;
    painted.add(part);
    const complete = painted.size === 2;
    // A task queued from the next animation frame runs after that frame has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(FIRST_USEFUL_VIEW_MARKS[part]);
        if (complete) performance.mark(FIRST_USEFUL_VIEW_MARKS.firstUsefulView);
      }),
    );
  }, [part, shown]);
}
