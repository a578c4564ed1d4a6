import { describe, expect, it } from 'vitest';
import { pickSuggestedCompany } from './suggest-company.ts';

const northwind = { id: 'n', name: 'Northwind Traders', emailDomain: 'northwind.example' };
const contoso = { id: 'c', name: 'Contoso', emailDomain: 'contoso.example' };

describe('the suggested company', () => {
  it('is the one most external attendees share an e-mail domain with', () => {
    const suggested = pickSuggestedCompany([contoso, northwind], ['northwind.example', 'contoso.example', 'northwind.example'], []);
    expect(suggested).toMatchObject({ id: 'n', matchedParticipants: 2 });
  });

  it('is unambiguous only when the roster names no other company', () => {
    expect(pickSuggestedCompany([northwind], ['northwind.example', 'northwind.example', 'gmail.example'], [])?.unambiguous).toBe(true);
    expect(pickSuggestedCompany([northwind, contoso], ['northwind.example', 'northwind.example', 'contoso.example'], [])?.unambiguous).toBe(false);
  });

  it('is none when no attendee shares a company e-mail domain', () => {
    expect(pickSuggestedCompany([], ['gmail.example'], [])).toBeNull();
  });
});
