import { serializeSafeNodes, type SafeNode } from '@/components/rich-text/safe-notes';

const blockQuote = (text: string): SafeNode => ({
  kind: 'element',
  tag: 'blockquote',
  children: [{ kind: 'element', tag: 'p', children: [{ kind: 'text', text }] }],
});

/** Quoted lines as notes: each a block quote, its words kept as text (never read as markup). */
export const quoteNotes = (quotes: readonly string[]) => serializeSafeNodes(quotes.map(blockQuote));
