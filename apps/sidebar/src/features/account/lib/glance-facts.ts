import type { SubjectSummary } from '@c360/contracts';
import type { TFunction } from 'i18next';
import type { Language } from '@/lib/i18n';

/** Money at a glance: "$1.25M", "$125万". */
export const formatMoney = (amount: number, currency: string, language: Language): string =>
  new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }).format(amount);

/** A calendar day (YYYY-MM-DD), in UTC so no time zone moves it: "Mar 1, 2027", "2027/03/01". */
export const formatDay = (day: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** An instant as the user's own calendar day. */
export const formatInstantDay = (iso: string, language: Language): string => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));

/** "in 30 days", "today", "2 days ago" / "30 日後", "今日", "2 日前". */
export const formatDaysFromToday = (days: number, language: Language): string => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(days, 'day');

/** One fact of the second line; `kind` names it for styling and tests. */
export interface GlanceFact {
  kind: 'arr' | 'renewal' | 'stage' | 'type' | 'company' | 'csm' | 'ctas' | 'lastContact';
  text: string;
}

/**
 * The second line of the header, in reading order: what the subject is worth and when it renews (a company) or
 * what it is and whose (a relationship), then who looks after it, its open CTAs and its last contact. Facts the
 * data lacks are left out, except open CTAs and last contact, whose absence is itself worth knowing.
 */
export function glanceFacts(summary: SubjectSummary, language: Language, t: TFunction): GlanceFact[] {
  const facts: GlanceFact[] = [];
  if (summary.kind === 'company') {
    if (summary.arr !== null) facts.push({ kind: 'arr', text: t('account.arr', { amount: formatMoney(summary.arr, summary.currency, language) }) });
    if (summary.renewalDate !== null && summary.daysToRenewal !== null) {
      const date = formatDay(summary.renewalDate, language);
      facts.push({ kind: 'renewal', text: t('account.renewal', { date, relative: formatDaysFromToday(summary.daysToRenewal, language) }) });
    }
    if (summary.stage !== null) facts.push({ kind: 'stage', text: summary.stage });
  } else {
    facts.push({ kind: 'type', text: summary.type }, { kind: 'company', text: summary.company.name });
  }
  if (summary.csm !== null) facts.push({ kind: 'csm', text: t('account.csm', { name: summary.csm.displayName }) });
  facts.push({ kind: 'ctas', text: t('account.openCtas', { count: summary.openCtas }) });
  facts.push({
    kind: 'lastContact',
    text: summary.lastContactAt === null ? t('account.noContact') : t('account.lastContact', { date: formatInstantDay(summary.lastContactAt, language) }),
  });
  return facts;
}
