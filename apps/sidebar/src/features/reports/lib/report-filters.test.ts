import { describe, expect, it } from 'vitest';
import { csvHref, NO_FILTERS, reportSearchParams } from './report-filters';

const COMPANY = { kind: 'company', id: '0b7a4ad4-3c6f-4ec4-a5b4-0e2ad0c35c71', name: 'Northwind Traders' } as const;

describe('the report filters', () => {
  it('leave "any" out of the query', () => {
    expect(reportSearchParams(NO_FILTERS).toString()).toBe('');
  });

  it('send a company or a relationship by its own parameter', () => {
    expect(reportSearchParams({ ...NO_FILTERS, subject: COMPANY }).get('companyId')).toBe(COMPANY.id);
    const relationship = { ...COMPANY, kind: 'relationship' as const, companyId: COMPANY.id, companyName: 'N', typeName: 'T' };
    const params = reportSearchParams({ ...NO_FILTERS, subject: relationship });
    expect([params.get('relationshipId'), params.has('companyId')]).toEqual([COMPANY.id, false]);
  });

  it('carry every filter into the CSV link', () => {
    const href = csvHref({ subject: COMPANY, userId: 'u', type: 'sidebar.opened', from: '2025-03-01', to: '2025-03-31' }, 'ja');
    expect(Object.fromEntries(new URL(href, 'https://sidebar.example').searchParams)).toEqual({
      companyId: COMPANY.id,
      userId: 'u',
      type: 'sidebar.opened',
      from: '2025-03-01',
      to: '2025-03-31',
      format: 'csv',
      lang: 'ja',
    });
  });
});
