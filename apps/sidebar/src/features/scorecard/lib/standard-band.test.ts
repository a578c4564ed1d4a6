import { describe, expect, it } from 'vitest';
import { standardBandOf } from './standard-band';

describe('standardBandOf', () => {
  it('knows the standard bands of the numeric and colour schemes whatever their case', () => {
    expect(['Poor', 'Average', 'Good', 'Red', 'yellow', ' GREEN '].map(standardBandOf)).toEqual(['poor', 'average', 'good', 'red', 'yellow', 'green']);
  });

  it('leaves grade letters and bands an admin named otherwise to show as stored', () => {
    expect(['A', 'F', 'Needs attention', 'Averages'].map(standardBandOf)).toEqual([null, null, null, null]);
  });
});
