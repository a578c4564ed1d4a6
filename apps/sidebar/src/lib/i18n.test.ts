import { describe, expect, it } from 'vitest';
import { catalogMessages } from '@/locales/catalog-messages';
import { resources } from '@/test/locale-resources';
import { languageFromBrowser, pickLanguage } from './i18n';

const en = catalogMessages(resources.en.translation);
const ja = catalogMessages(resources.ja.translation);

describe('message catalogs', () => {
  it('English and Japanese have exactly the same keys', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('no message is empty in either language', () => {
    for (const [key, text] of [...en, ...ja]) expect(text.trim(), key).not.toBe('');
  });

  it('the tabs are named in natural Japanese', () => {
    expect(['timeline', 'people', 'scorecard', 'attributes'].map((tab) => ja.get(`tabs.${tab}`))).toEqual(['タイムライン', '個人', 'スコアカード', '属性']);
  });
});

describe('the sign-in in Japanese', () => {
  it('uses the words of the Japanese Gainsight app (seed 000)', () => {
    expect(ja.get('signIn.start.title')).toBe('Gainsight にサインイン');
    expect(ja.get('signIn.username.label')).toBe('ユーザー名');
    expect(ja.get('signIn.chooseDomain.title')).toBe('ドメインの選択');
    expect(ja.get('signIn.enterDomain.dataCenterLabel')).toBe('データセンターの場所を選択');
    expect(ja.get('signIn.password.label')).toBe('パスワード');
    expect(ja.get('signIn.welcome.title')).toMatch(/^Gainsight へようこそ/);
  });

  it('every interpolated value appears in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    for (const [key, text] of en) expect(variables(ja.get(key) ?? ''), key).toEqual(variables(text));
  });
});

describe('language detection', () => {
  it('a Japanese browser gets Japanese, whatever the region', () => {
    expect(languageFromBrowser('ja')).toBe('ja');
    expect(languageFromBrowser('ja-JP')).toBe('ja');
    expect(languageFromBrowser('JA-jp')).toBe('ja');
  });

  it('every other or unknown browser language gets English', () => {
    expect(languageFromBrowser('en-US')).toBe('en');
    expect(languageFromBrowser('fr-FR')).toBe('en');
    expect(languageFromBrowser('jv')).toBe('en');
    expect(languageFromBrowser(undefined)).toBe('en');
  });

  it('a language chosen in the menu wins over the browser language', () => {
    expect(pickLanguage('en', 'ja-JP')).toBe('en');
    expect(pickLanguage('ja', 'en-US')).toBe('ja');
  });

  it('a missing or unknown remembered language falls back to the browser language', () => {
    expect(pickLanguage(null, 'ja-JP')).toBe('ja');
    expect(pickLanguage('de', 'ja-JP')).toBe('ja');
  });
});
