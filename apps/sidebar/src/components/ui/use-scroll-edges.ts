import { useCallback, useEffect, useRef, useState } from 'react';

export interface ScrollEdges {
  /** Content is hidden before the start (left) edge. */
  before: boolean;
  /** Content is hidden past the end (right) edge. */
  after: boolean;
}

// A pixel of slack: zoomed layouts report fractional scroll positions that never quite reach the end.
const SLACK = 1;

/** Scrolls `container` sideways just enough to show `child` whole, clear of `inset` px at either edge. */
function reveal(container: HTMLElement, child: Element, inset: number) {
  const box = child.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  if (box.left < frame.left + inset) container.scrollLeft -= frame.left + inset - box.left;
  else if (box.right > frame.right - inset) container.scrollLeft += box.right - (frame.right - inset);
}

/**
 * A horizontally scrolling strip: whether it has more to show on either side, kept current as it scrolls or
 * resizes (the panel's width); a way to scroll it by most of its width; and `show` to bring a child wholly
 * into view. The child matching `keptInView` (e.g. the selected tab) stays in view when the strip resizes.
 * `content` names what it shows (e.g. the labels): when that changes (another language), it measures again.
 * `inset` keeps revealed children clear of what covers the edges (the arrows).
 */
export function useScrollEdges<T extends HTMLElement>({ content, keptInView, inset }: { content: string; keptInView: string; inset: number }) {
  const ref = useRef<T>(null);
  const [edges, setEdges] = useState<ScrollEdges>({ before: false, after: false });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const before = element.scrollLeft > SLACK;
      const after = element.scrollLeft + element.clientWidth < element.scrollWidth - SLACK;
      setEdges((current) => (current.before === before && current.after === after ? current : { before, after }));
    };
    const resized = new ResizeObserver(() => {
      const kept = element.querySelector(keptInView);
      if (kept) reveal(element, kept, inset);
      measure();
    });
    resized.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [content, keptInView, inset]);

  const scrollBy = useCallback((direction: -1 | 1) => {
    const element = ref.current;
    if (element) element.scrollBy({ left: direction * element.clientWidth * 0.75, behavior: 'smooth' });
  }, []);

  const show = useCallback(
    (child: Element | undefined) => {
      if (ref.current && child) reveal(ref.current, child, inset);
    },
    [inset],
  );

  return { ref, edges, scrollBy, show };
}
