import sanitizeHtml from 'sanitize-html';

// The rich-text editor's formatting and nothing else: no scripts, styles, event handlers or other URL schemes.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'u', 'ul', 'ol', 'li', 'a', 'blockquote', 'code'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** Notes are stored sanitised, so every reader can render them as HTML. */
export function sanitizeNotes(notes: string): string {
  return sanitizeHtml(notes, OPTIONS);
}
