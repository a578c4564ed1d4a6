import { describe, expect, it } from 'vitest';
import { fullNameOf } from '../src/people.ts';

describe('a person’s full name', () => {
  it('puts the given name first', () => {
    expect(fullNameOf({ firstName: 'Emma', lastName: 'Clark' })).toBe('Emma Clark');
    expect(fullNameOf({ firstName: 'Mary Ann', lastName: 'de Vries' })).toBe('Mary Ann de Vries');
  });

  it('puts the family name first when the name is written in Japanese', () => {
    expect(fullNameOf({ firstName: '宏', lastName: '田中' })).toBe('田中 宏');
    expect(fullNameOf({ firstName: 'さくら', lastName: '佐藤' })).toBe('佐藤 さくら');
  });
});
