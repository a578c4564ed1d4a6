// Quotes wait here until an editor takes them: the Timeline tab may not be showing when a line is quoted.
const waiting: string[] = [];
const takers = new Set<() => void>();

/**
 * Asks for a quote (one line of text, e.g. from the live transcript) to be added to the notes of the activity
 * being written, or of a new one when none is open. True when an editor took it at once; otherwise it waits
 * for the Timeline to be opened.
 */
export function requestQuote(quote: string): boolean {
  waiting.push(quote);
  for (const take of takers) take();
  return waiting.length === 0;
}

/** Hands every waiting quote to `take`, now and whenever more are requested, until the returned function is called. */
export function takeQuotes(take: (quotes: string[]) => void): () => void {
  const takeWaiting = () => {
    if (waiting.length > 0) take(waiting.splice(0));
  };
  takers.add(takeWaiting);
  takeWaiting();
  return () => {
    takers.delete(takeWaiting);
  };
}
