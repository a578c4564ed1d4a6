export type ConversationLanguage = 'en' | 'ja';

// Kana, or kanji without Latin words around: Japanese. Zoom transcripts of recordings carry no language.
const KANA = /[\u3040-\u30ff]/;
const KANJI = /[\u4e00-\u9fff]/;

/** The line's language from its BCP 47 tag, else from its script; only English and Japanese have rules. */
export function languageOf(tag: string, text: string): ConversationLanguage {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (primary === 'ja') return 'ja';
  if (primary === 'en') return 'en';
  return KANA.test(text) || KANJI.test(text) ? 'ja' : 'en';
}

/** A line's sentences: Japanese ends them with 。！？, English with . ! ? before a space. */
export function sentencesOf(text: string, language: ConversationLanguage): string[] {
  const split = language === 'ja' ? text.split(/(?<=[。！？!?])|\n/) : text.split(/(?<=[.!?])\s+|\n/);
  return split.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}
