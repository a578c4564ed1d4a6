import { highlightParts } from '../lib/highlight';

/** Text with the query's occurrences in <mark>; always rendered as text, never as HTML. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  return <>{highlightParts(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}
