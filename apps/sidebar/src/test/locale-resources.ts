import en from '@/locales/en.json';
import ja from '@/locales/ja.json';

/** Both catalogs at once, for tests that read or render messages; the app itself loads one language at a time. */
export const resources = {
  en: { translation: en },
  ja: { translation: ja },
} as const;
