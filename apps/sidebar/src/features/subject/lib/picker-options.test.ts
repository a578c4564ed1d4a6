import { describe, expect, it } from 'vitest';
import { pickerOptions, subjectOf } from './picker-options';

const northwind = { id: '00000000-0000-4000-8000-000000000001', name: 'Northwind Traders', matchedParticipants: 2, unambiguous: true };
const contoso = { kind: 'company' as const, id: '00000000-0000-4000-8000-000000000002', name: 'Contoso' };
const renewal = {
  kind: 'relationship' as const,
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Northwind EMEA',
  companyId: northwind.id,
  companyName: 'Northwind Traders',
  typeName: 'Subsidiary',
};

describe('the picker’s options', () => {
  it('offer the meeting’s suggested company before anything is typed', () => {
    expect(pickerOptions(northwind, '', [])).toEqual([{ item: { kind: 'company', id: northwind.id, name: 'Northwind Traders' }, suggested: true }]);
  });

  it('keep the suggestion first while it matches, and do not list it twice', () => {
    const options = pickerOptions(northwind, 'north', [renewal, { kind: 'company', id: northwind.id, name: 'Northwind Traders' }]);
    expect(options.map(({ item, suggested }) => [item.name, suggested])).toEqual([
      ['Northwind Traders', true],
      ['Northwind EMEA', false],
    ]);
  });

  it('drop the suggestion when the search is for something else', () => {
    expect(pickerOptions(northwind, 'cont', [contoso]).map(({ item }) => item.name)).toEqual(['Contoso']);
  });

  it('store a relationship with its company', () => {
    expect(subjectOf(renewal)).toEqual({
      kind: 'relationship',
      id: renewal.id,
      name: 'Northwind EMEA',
      companyId: northwind.id,
      companyName: 'Northwind Traders',
    });
    expect(subjectOf(contoso)).toEqual({ kind: 'company', id: contoso.id, name: 'Contoso' });
  });
});
