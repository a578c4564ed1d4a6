export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text around every case-insensitive occurrence of `query`, so matches can be marked up as text
 * (never as HTML). An empty query marks nothing.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const needle = query.trim().toLocaleLowerCase();
  const haystack = text.toLocaleLowerCase();
  // Lower-casing may change lengths (e.g. "İ"); then positions would not line up, so nothing is marked.
  if (needle === '' || haystack.length !== text.length) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length || parts.length === 0) parts.push({ text: text.slice(from), match: false });
  return parts;
}
