import { describe, expect, it } from 'vitest';
import { moveKey } from './move-key';

describe('moveKey', () => {
  it('moves a key up, down and to either end', () => {
    expect(moveKey(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'c', 'b']);
    expect(moveKey(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveKey(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveKey(['a', 'b', 'c'], 'a', 9)).toEqual(['b', 'c', 'a']);
  });

  it('inserts a key that was not shown yet', () => {
    expect(moveKey(['a', 'b'], 'x', 1)).toEqual(['a', 'x', 'b']);
  });
});
