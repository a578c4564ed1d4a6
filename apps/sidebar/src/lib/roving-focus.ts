export type Orientation = 'horizontal' | 'vertical';

const STEP_KEYS: Record<Orientation, { back: string; forward: string }> = {
  horizontal: { back: 'ArrowLeft', forward: 'ArrowRight' },
  vertical: { back: 'ArrowUp', forward: 'ArrowDown' },
};

/**
 * Where a key moves focus in a tab list or menu (WAI-ARIA pattern: arrows wrap, Home/End jump),
 * or undefined when the key does not move focus. `current` is -1 when no item has focus yet.
 */
export function nextIndex(key: string, current: number, count: number, orientation: Orientation): number | undefined {
  if (count === 0) return undefined;
  const { back, forward } = STEP_KEYS[orientation];
  switch (key) {
    case forward:
      return (current + 1) % count;
    case back:
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
