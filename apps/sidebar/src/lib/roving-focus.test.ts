import { describe, expect, it } from 'vitest';
import { nextIndex } from './roving-focus';

describe('keyboard movement between tabs and menu items', () => {
  it('the forward arrow moves to the next item and wraps from the last to the first', () => {
    expect(nextIndex('ArrowRight', 0, 4, 'horizontal')).toBe(1);
    expect(nextIndex('ArrowRight', 3, 4, 'horizontal')).toBe(0);
    expect(nextIndex('ArrowDown', 3, 4, 'vertical')).toBe(0);
  });

  it('the back arrow moves to the previous item and wraps from the first to the last', () => {
    expect(nextIndex('ArrowLeft', 2, 4, 'horizontal')).toBe(1);
    expect(nextIndex('ArrowLeft', 0, 4, 'horizontal')).toBe(3);
    expect(nextIndex('ArrowUp', 0, 4, 'vertical')).toBe(3);
  });

  it('Home and End jump to the first and last item', () => {
    expect(nextIndex('Home', 2, 4, 'horizontal')).toBe(0);
    expect(nextIndex('End', 0, 4, 'vertical')).toBe(3);
  });

  it('arrows across the orientation and other keys do not move focus', () => {
    expect(nextIndex('ArrowDown', 1, 4, 'horizontal')).toBeUndefined();
    expect(nextIndex('ArrowRight', 1, 4, 'vertical')).toBeUndefined();
    expect(nextIndex('a', 1, 4, 'horizontal')).toBeUndefined();
  });

  it('with nothing focused yet, down goes to the first item and up to the last', () => {
    expect(nextIndex('ArrowDown', -1, 4, 'vertical')).toBe(0);
    expect(nextIndex('ArrowUp', -1, 4, 'vertical')).toBe(3);
  });
});
