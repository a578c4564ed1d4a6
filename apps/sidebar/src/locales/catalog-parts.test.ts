import { describe, expect, it } from 'vitest';
import { resources } from '@/test/locale-resources';
import { catalogPart, LATER_SECTIONS } from './catalog-parts';

/** The parts as i18next combines them (addResourceBundle with deep merge): a section may be in both. */
const combined = (first: Record<string, unknown>, later: Record<string, unknown>) => {
  const whole: Record<string, unknown> = { ...first };
  for (const [section, messages] of Object.entries(later)) {
    whole[section] = typeof whole[section] === 'object' ? { ...(whole[section] as object), ...(messages as object) } : messages;
  }
  return whole;
};

describe('a message catalog split in two', () => {
  it.each(['en', 'ja'] as const)('in %s, the first and later parts together are the whole catalog, and share no message', (language) => {
    const catalog = resources[language].translation;
    const first = catalogPart(catalog, 'first');
    const later = catalogPart(catalog, 'later');
    expect(combined(first, later)).toEqual(catalog);
    for (const [section, messages] of Object.entries(later)) {
      const firstKeys = Object.keys((first[section] as object | undefined) ?? {});
      expect(
        Object.keys(messages as object).filter((key) => firstKeys.includes(key)),
        section,
      ).toEqual([]);
    }
  });

  it('leaves the later sections out of the first part, but for the names the first screen shows', () => {
    const first = catalogPart(resources.en.translation, 'first');
    expect(first).not.toHaveProperty('people');
    expect(first).not.toHaveProperty('attributes');
    expect(first).toHaveProperty('timeline');
    expect(first.ctas).toEqual({ tab: 'CTAs' });
    expect(first.reports).toEqual({ menu: 'Reports' });
  });

  it('names only sections and keys the catalog has', () => {
    const catalog: Record<string, unknown> = resources.en.translation;
    for (const [section, firstKeys] of Object.entries(LATER_SECTIONS)) {
      expect(catalog, section).toHaveProperty(section);
      for (const key of firstKeys) expect(catalog[section], `${section}.${key}`).toHaveProperty(key);
    }
  });
});
