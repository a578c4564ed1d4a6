import type { CompanySummary, RelationshipSummary } from '@c360/contracts';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n';
import { resources } from '@/test/locale-resources';
import { glanceFacts } from './glance-facts';

const company: CompanySummary = {
  kind: 'company',
  id: '0b7c3a5e-2f4d-4c1b-9a8e-1d2c3b4a5f60',
  name: 'Sakura Logistics',
  csm: { id: '1c8d4b6f-3a5e-4d2c-8b9f-2e3d4c5b6a71', displayName: 'Vera Lindqvist', email: 'vera@acme.example' },
  health: { score: 82, label: 'Good', color: '#1e8e3e', scheme: 'NUMERIC' },
  openCtas: 3,
  lastContactAt: '2026-11-21T10:00:00.000Z',
  industry: null,
  employees: null,
  arr: 1_250_000,
  mrr: null,
  currency: 'USD',
  renewalDate: '2027-01-20',
  daysToRenewal: 45,
  stage: 'Adoption',
  status: null,
  lifecycle: null,
  nps: null,
};

async function factsIn(language: Language, summary: CompanySummary | RelationshipSummary) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return { facts: glanceFacts(summary, language, i18n.t), t: i18n.t };
}

describe('the account header’s facts', () => {
  it('reads ARR, renewal with the days to it, stage, CSM, open CTAs and last contact, in that order', async () => {
    const { facts } = await factsIn('en', company);
    expect(facts.map(({ text }) => text)).toEqual([
      'ARR $1.25M',
      'Renewal Jan 20, 2027 (in 45 days)',
      'Adoption',
      'CSM Vera Lindqvist',
      '3 open CTAs',
      'Last contact Nov 21, 2026',
    ]);
  });

  it('writes them in Japanese with Japanese numbers and dates', async () => {
    const { facts } = await factsIn('ja', { ...company, daysToRenewal: 0 });
    expect(facts.map(({ text }) => text)).toEqual([
      'ARR $125万',
      '更新日 2027/01/20（今日）',
      'Adoption',
      '担当 CSM Vera Lindqvist',
      '未完了 CTA 3 件',
      expect.stringMatching(/^最終接触 2026\/11\/2[12]$/),
    ]);
  });

  it('leaves out what the company lacks but says when no contact was logged', async () => {
    const { facts } = await factsIn('en', {
      ...company,
      arr: null,
      renewalDate: null,
      daysToRenewal: null,
      stage: null,
      csm: null,
      openCtas: 1,
      lastContactAt: null,
    });
    expect(facts.map(({ text }) => text)).toEqual(['1 open CTA', 'No contact logged']);
  });

  it('gives a relationship its type and company instead of money and renewal', async () => {
    const relationship: RelationshipSummary = {
      kind: 'relationship',
      id: company.id,
      name: 'Sakura Logistics — APAC',
      csm: null,
      health: null,
      openCtas: 0,
      lastContactAt: null,
      type: 'Business Unit',
      company: { id: company.id, name: 'Sakura Logistics' },
    };
    const { facts } = await factsIn('en', relationship);
    expect(facts.map(({ kind }) => kind)).toEqual(['type', 'company', 'ctas', 'lastContact']);
  });
});
