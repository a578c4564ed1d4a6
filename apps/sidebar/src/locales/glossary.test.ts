import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resources } from '@/test/locale-resources';
import { catalogMessages } from './catalog-messages';
import glossaryJson from './glossary.json';

const glossary = z
  .object({
    terms: z.array(
      z.object({
        concept: z.string(),
        en: z.array(z.string()).nonempty(),
        ja: z.string(),
        reserved: z.boolean().optional(),
        forbidden: z.array(z.string()),
        otherSense: z.record(z.string(), z.string()),
      }),
    ),
  })
  .parse(glossaryJson);

const en = catalogMessages(resources.en.translation);
const ja = catalogMessages(resources.ja.translation);

// Variable names ("{{company}}") are code, not words the user reads.
const withoutVariables = (text: string) => text.replace(/{{\w+}}/g, '');
const namesConcept = (words: readonly string[], text: string) =>
  words.some((word) => new RegExp(`\\b${word.replace(/ /g, '\\s+')}\\b`, 'i').test(withoutVariables(text)));

describe('the Japanese glossary', () => {
  for (const term of glossary.terms) {
    it(`no Japanese message says ${term.concept} with another word than ${term.ja}`, () => {
      const offenders = [...ja].filter(([, text]) => term.forbidden.some((variant) => text.includes(variant)));
      expect(offenders).toEqual([]);
    });

    it(`every message that names ${term.concept} in English says ${term.ja} in Japanese`, () => {
      const missing = [...en]
        .filter(([key, text]) => namesConcept(term.en, text) && !(key in term.otherSense))
        .filter(([key]) => !withoutVariables(ja.get(key) ?? '').includes(term.ja));
      expect(missing).toEqual([]);
    });

    if (term.reserved) {
      it(`${term.ja} means ${term.concept} only`, () => {
        const misused = [...ja].filter(([key, text]) => withoutVariables(text).includes(term.ja) && !namesConcept(term.en, en.get(key) ?? ''));
        expect(misused).toEqual([]);
      });
    }
  }

  it('lists only messages that exist as the other senses of a word', () => {
    const unknown = glossary.terms.flatMap((term) => Object.keys(term.otherSense)).filter((key) => !en.has(key));
    expect(unknown).toEqual([]);
  });
});

describe('plural forms', () => {
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  const families = (messages: Map<string, string>) => {
    const byBase = new Map<string, string[]>();
    for (const key of messages.keys()) {
      const form = PLURAL.exec(key)?.[1];
      if (form) byBase.set(key.replace(PLURAL, ''), [...(byBase.get(key.replace(PLURAL, '')) ?? []), form].sort());
    }
    return byBase;
  };

  it('every counted message has the forms each language needs, and the same ones in both', () => {
    const enFamilies = families(en);
    for (const [base, forms] of enFamilies) {
      for (const language of ['en', 'ja'] as const) {
        const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const form of needed) expect(forms, `${base} (${language})`).toContain(form);
      }
    }
    expect(families(ja)).toEqual(enFamilies);
  });

  // Japanese has one form for every count, so its "other" form is read for 1 too and must show the number.
  it('the general form of every counted message shows its count in both languages', () => {
    for (const [key, text] of [...en, ...ja].filter(([key]) => key.endsWith('_other'))) expect(text, key).toContain('{{count}}');
  });
});
