import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '../locales/en.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One language's messages, fetched when first needed: the first screen downloads only the language it shows,
 * the other comes on a switch. Both catalogs have the same keys (i18n.test.ts), so the English type fits both.
 */
async function loadCatalog(language: Language): Promise<typeof en> {
  const catalog = language === 'ja' ? await import('../locales/ja.json') : await import('../locales/en.json');
  return catalog.default;
}

const STORAGE_KEY = 'c360.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function languageFromBrowser(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A language the user chose in the menu wins over the browser's. */
export function pickLanguage(stored: string | null, browserLanguage: string | undefined): Language {
  return isLanguage(stored) ? stored : languageFromBrowser(browserLanguage);
}

// Storage access throws when the embedding browser blocks it; the app must still start.
function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across reloads; the switch itself still applies.
  }
}

export async function initI18n(): Promise<I18n> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const language = pickLanguage(readStoredLanguage(), navigator.language);
  await i18next.use(initReactI18next).init({
    lng: language,
    supportedLngs: LANGUAGES,
    resources: { [language]: { translation: await loadCatalog(language) } },
    // React already escapes rendered text.
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  // The catalog is in place before the switch, so no screen renders a raw key meanwhile.
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await loadCatalog(language));
  await i18next.changeLanguage(language);
}
