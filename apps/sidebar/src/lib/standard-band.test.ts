import { describe, expect, it } from 'vitest';
import { resources } from '@/test/locale-resources';
import { standardBandOf } from './standard-band';

describe('standardBandOf', () => {
  it('knows the standard bands of the numeric and colour schemes whatever their case', () => {
    expect(['Poor', 'Average', 'Good', 'Red', 'yellow', ' GREEN '].map(standardBandOf)).toEqual(['poor', 'average', 'good', 'red', 'yellow', 'green']);
  });

  it('leaves grade letters and bands an admin named otherwise to show as stored', () => {
    expect(['A', 'F', 'Needs attention', 'Averages'].map(standardBandOf)).toEqual([null, null, null, null]);
  });

  it('has a Japanese name for every standard band', () => {
    const names = ['Poor', 'Average', 'Good', 'Red', 'Yellow', 'Green'].map((label) => resources.ja.translation.scoreBands[standardBandOf(label)!]);
    expect(names).toEqual(['不良', '普通', '良好', '赤', '黄', '緑']);
  });
});
