import type { AttributeDefinition, AttributeUser, AttributeValue } from '@c360/contracts';
import type { Language } from '@/lib/i18n';

export interface FormatContext {
  language: Language;
  /** ISO 4217 code of the domain's currency. */
  currency: string;
  users: readonly AttributeUser[];
  /** "Yes" / "No" in the user's language. */
  booleanText: (value: boolean) => string;
}

/** The attribute's name in the user's language. */
export const labelOf = (definition: Pick<AttributeDefinition, 'label' | 'labelJa'>, language: Language): string =>
  language === 'ja' && definition.labelJa ? definition.labelJa : definition.label;

/** The symbol the domain's currency is written with in this language (e.g. `$`, `￥`). */
export function currencySymbolOf(currency: string, language: Language): string {
  const part = new Intl.NumberFormat(language, { style: 'currency', currency }).formatToParts(0).find((item) => item.type === 'currency');
  return part?.value ?? currency;
}

/** A value as read-only text; undefined when there is none (the caller says "not set"). */
export function formatValue(
  definition: AttributeDefinition,
  value: AttributeValue,
  { language, currency, users, booleanText }: FormatContext,
): string | undefined {
  if (value === null) return undefined;
  switch (definition.type) {
    case 'CURRENCY':
      return typeof value === 'number' ? new Intl.NumberFormat(language, { style: 'currency', currency }).format(value) : String(value);
    case 'NUMBER':
      return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : String(value);
    case 'DATE':
      // A calendar day, not an instant: format it in UTC so no time zone moves it.
      return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${String(value)}T00:00:00Z`));
    case 'PICKLIST': {
      const option = definition.options.find((item) => item.value === value);
      return option ? labelOf({ label: option.label, labelJa: option.labelJa ?? null }, language) : String(value);
    }
    case 'USER':
      return users.find((user) => user.id === value)?.displayName ?? String(value);
    case 'BOOLEAN':
      return booleanText(value === true);
    case 'TEXT':
      return String(value);
  }
}
