import { useEffect, useRef } from 'react';
import { takeQuotes } from '../lib/quote-channel';

/**
 * An editor's side of requestQuote: `take` receives every waiting quote, now or as soon as `enabled`. One taker
 * is enabled at a time (the open editor, or the Timeline when no editor is open).
 */
export function useQuoteRequest(take: (quotes: string[]) => void, enabled: boolean): void {
  const latestTake = useRef(take);
  useEffect(() => {
    latestTake.current = take;
  });
  useEffect(() => (enabled ? takeQuotes((quotes) => latestTake.current(quotes)) : undefined), [enabled]);
}
