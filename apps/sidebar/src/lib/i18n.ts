import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type CatalogPart = 'first' | 'later';

/**
 * One language's messages, fetched when first needed: the first screen downloads only the language it shows,
 * and of it only the sections the first screen reads (`first`); the sections only lazy tabs and ⋯ screens read
 * (`later`, split off by vite.config.ts) follow right after; the other language comes on a switch.
 */
async function loadCatalogPart(language: Language, part: CatalogPart): Promise<Record<string, unknown>> {
  const catalog =
    language === 'ja'
      ? part === 'first'
        ? await import('../locales/ja.json?catalog=first')
        : await import('../locales/ja.json?catalog=later')
      : part === 'first'
        ? await import('../locales/en.json?catalog=first')
        : await import('../locales/en.json?catalog=later');
  return catalog.default;
}

const addedParts = new Map<`${Language}:${CatalogPart}`, Promise<void>>();

/** Adds that part of the language's catalog, once (again after a failed fetch); a section may be in both parts. */
function addCatalogPart(language: Language, part: CatalogPart): Promise<void> {
  const key = `${language}:${part}` as const;
  let added = addedParts.get(key);
  if (!added) {
    added = loadCatalogPart(language, part).then(
      (sections) => void i18next.addResourceBundle(language, 'translation', sections, true),
      (error: unknown) => {
        addedParts.delete(key);
        throw error;
      },
    );
    addedParts.set(key, added);
  }
  return added;
}

/** For a lazy tab or screen: its module, once the current language's catalog has the sections it reads too. */
export async function withCompleteCatalog<M>(module: Promise<M>): Promise<M> {
  const language = isLanguage(i18next.language) ? i18next.language : 'en';
  const [loaded] = await Promise.all([module, addCatalogPart(language, 'later')]);
  return loaded;
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
  const firstPart = loadCatalogPart(language, 'first');
  addedParts.set(
    `${language}:first`,
    firstPart.then(() => undefined),
  );
  await i18next.use(initReactI18next).init({
    lng: language,
    supportedLngs: LANGUAGES,
    resources: { [language]: { translation: await firstPart } },
    // React already escapes rendered text.
    interpolation: { escapeValue: false },
  });
  // Fetched now, not when a tab needs it; a failure here is retried by the tab that waits for it.
  addCatalogPart(language, 'later').catch(() => undefined);
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  // The whole catalog is in place before the switch, so no screen renders a raw key meanwhile.
  await Promise.all([addCatalogPart(language, 'first'), addCatalogPart(language, 'later')]);
  await i18next.changeLanguage(language);
}
