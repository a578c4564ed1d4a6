import { describe, expect, it } from 'vitest';
import { subjectPath, subjectRefSchema } from '../src/subject.ts';

const id = '0b8f6f3e-8a55-4f4b-9d3e-6f1c2a4b5c6d';

describe('subject', () => {
  it('builds the path of each kind, with a rest and without', () => {
    expect(subjectPath({ kind: 'company', id })).toBe(`/api/companies/${id}`);
    expect(subjectPath({ kind: 'relationship', id }, 'people')).toBe(`/api/relationships/${id}/people`);
  });

  it('accepts only the two kinds and a uuid', () => {
    expect(subjectRefSchema.safeParse({ kind: 'company', id }).success).toBe(true);
    expect(subjectRefSchema.safeParse({ kind: 'person', id }).success).toBe(false);
    expect(subjectRefSchema.safeParse({ kind: 'company', id: '../x' }).success).toBe(false);
  });
});
