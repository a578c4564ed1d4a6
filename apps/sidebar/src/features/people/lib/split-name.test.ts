import { describe, expect, it } from 'vitest';
import { splitName } from './split-name';

describe('splitName', () => {
  it('takes the last word as the last name', () => {
    expect(splitName('Jordan Blake')).toEqual({ firstName: 'Jordan', lastName: 'Blake' });
    expect(splitName('  Mary   Ann Lee ')).toEqual({ firstName: 'Mary Ann', lastName: 'Lee' });
  });

  it('leaves the last name empty for a single word or nothing', () => {
    expect(splitName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
    expect(splitName('  ')).toEqual({ firstName: '', lastName: '' });
  });
});
