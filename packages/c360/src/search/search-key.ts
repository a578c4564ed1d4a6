/**
 * How names are compared in search: compatibility forms unified (full-width Latin → ASCII), Latin
 * diacritics dropped, lower case. Only U+0300–U+036F marks go, and NFC puts the rest back together, so
 * Japanese voiced kana (ガ ≠ カ) stay distinct.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .trim();
}
