import { describe, expect, it } from 'vitest';
import { splitName } from './split-name';

describe('splitName', () => {
  it('takes the last word as the last name', () => {
    expect(splitName('Jordan Blake')).toEqual({ firstName: 'Jordan', lastName: 'Blake' });
    expect(splitName('  Mary   Ann Lee ')).toEqual({ firstName: 'Mary Ann', lastName: 'Lee' });
  });

  it('takes the first word as the family name of a name written in Japanese', () => {
    expect(splitName('田中 宏')).toEqual({ firstName: '宏', lastName: '田中' });
    expect(splitName('佐々木　恵美')).toEqual({ firstName: '恵美', lastName: '佐々木' });
  });

  it('leaves the last name empty for a single word or nothing', () => {
    expect(splitName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
    expect(splitName('  ')).toEqual({ firstName: '', lastName: '' });
  });
});
