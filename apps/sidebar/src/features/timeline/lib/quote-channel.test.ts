import { afterEach, describe, expect, it } from 'vitest';
import { requestQuote, takeQuotes } from './quote-channel';

const stops: (() => void)[] = [];
const take = (into: string[][]) => {
  const stop = takeQuotes((quotes) => into.push(quotes));
  stops.push(stop);
  return stop;
};
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('quoting into the activity being written', () => {
  it('reaches the open editor at once', () => {
    const taken: string[][] = [];
    take(taken);
    expect(requestQuote('“We can ship by Friday.” — Sarah Chen, 10:42')).toBe(true);
    expect(taken).toEqual([['“We can ship by Friday.” — Sarah Chen, 10:42']]);
  });

  it('waits, in order, until an editor (or the Timeline) takes them, and is taken once', () => {
    expect(requestQuote('first')).toBe(false);
    expect(requestQuote('second')).toBe(false);
    const taken: string[][] = [];
    const stop = take(taken);
    expect(taken).toEqual([['first', 'second']]);
    stop();

    const later: string[][] = [];
    take(later);
    expect(later).toEqual([]);
  });

  it('stops reaching an editor once it closed', () => {
    const taken: string[][] = [];
    take(taken)();
    expect(requestQuote('after close')).toBe(false);
    expect(taken).toEqual([]);
    const next: string[][] = [];
    take(next);
    expect(next).toEqual([['after close']]);
  });
});
