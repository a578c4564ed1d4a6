import type { CompanySummary } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n';
import { renderMarkup, textOf } from '@/test/render-markup';
import { AccountGlance } from './account-glance';

const company: CompanySummary = {
  kind: 'company',
  id: '0b7c3a5e-2f4d-4c1b-9a8e-1d2c3b4a5f60',
  name: 'Sakura Logistics',
  csm: { id: '1c8d4b6f-3a5e-4d2c-8b9f-2e3d4c5b6a71', displayName: 'Vera Lindqvist', email: 'vera@acme.example' },
  health: { score: 42, label: 'Poor', color: '#d93025', scheme: 'NUMERIC' },
  openCtas: 2,
  lastContactAt: null,
  industry: null,
  employees: null,
  arr: 98_000,
  mrr: null,
  currency: 'JPY',
  renewalDate: '2027-01-20',
  daysToRenewal: -3,
  stage: null,
  status: null,
  lifecycle: null,
  nps: null,
};

const render = (language: Language, summary: CompanySummary) => renderMarkup(language, <AccountGlance summary={summary} />);

describe('the account glance', () => {
  it('names the account as a heading, with its band and score, then its facts', async () => {
    const html = await render('en', company);
    // Attribute order is the renderer's business: the heading carries the class and the full name as its title.
    expect(html).toMatch(/<h2 (?=[^>]*class="account-header__name")(?=[^>]*title="Sakura Logistics")[^>]*>Sakura Logistics<\/h2>/);
    expect(textOf(html)).toBe('Sakura Logistics Poor Health 42 ARR ¥98K Renewal Jan 20, 2027 (3 days ago) CSM Vera Lindqvist 2 open CTAs No contact logged');
  });

  it('reads in Japanese, band label included', async () => {
    expect(textOf(await render('ja', company))).toBe(
      'Sakura Logistics 不良 ヘルス 42 ARR ￥9.8万 更新日 2027/01/20（3 日前） 担当 CSM Vera Lindqvist 未完了 CTA 2 件 接触の記録なし',
    );
  });

  it('says an account with a scorecard but no score is not scored, and shows no chip without a scorecard', async () => {
    expect(textOf(await render('en', { ...company, health: { score: null, label: null, color: null, scheme: 'GRADE' } }))).toMatch(
      /^Sakura Logistics Not scored ARR/,
    );
    expect(await render('en', { ...company, health: null })).not.toContain('account-health');
  });
});
