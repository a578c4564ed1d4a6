import { describe, expect, it } from 'vitest';
import { trigramMatcher } from './trigram-similarity.ts';

// Trigram sets as show_trgm returns them (lower case, each word padded, no repeats).
const olivia = { id: 'olivia', trigrams: ['  o', '  p', ' ol', ' pa', 'ark', 'ia ', 'liv', 'oli', 'par', 'rk ', 'via'] };
const oliver = { id: 'oliver', trigrams: ['  o', ' ol', 'er ', 'ive', 'liv', 'oli', 'ver'] };
const noah = { id: 'noah', trigrams: ['  n', ' no', 'ah ', 'oah'] };

describe('trigramMatcher', () => {
  it("scores as pg_trgm's similarity: shared trigrams over all distinct ones, in float4", () => {
    const best = trigramMatcher([noah, olivia])(olivia.trigrams.slice(0, 10), 0.4);
    // 10 shared of 11 distinct: float4(10/11), as `similarity(…)::float8` answers it.
    expect(best).toEqual({ candidate: olivia, similarity: Math.fround(10 / 11) });
    expect(best!.similarity).not.toBe(10 / 11);
  });

  it('suggests nobody at or below the threshold, a float4 4/10 counting as above 0.4 as in PostgreSQL', () => {
    const fourOfTen = { id: 'four', trigrams: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] };
    const matcher = trigramMatcher([fourOfTen]);
    // 4 shared, 7 + 7 − 4 = 10 distinct: float4(0.4) is 0.4000000059604645, above a float8 0.4.
    expect(matcher(['a', 'b', 'c', 'd', 'x', 'y', 'z'], 0.4)?.candidate).toBe(fourOfTen);
    expect(matcher(['a', 'b', 'c', 'x', 'y', 'z', 'w'], 0.4)).toBeNull();
    expect(matcher([], 0.4)).toBeNull();
  });

  it('breaks a tie in favour of the earlier candidate, whatever order the trigrams come in', () => {
    const twin = { ...olivia, id: 'twin' };
    expect(trigramMatcher([olivia, twin])(olivia.trigrams, 0.4)?.candidate.id).toBe('olivia');
    expect(trigramMatcher([twin, olivia])([...olivia.trigrams].reverse(), 0.4)?.candidate.id).toBe('twin');
  });

  it('answers each lookup on its own: counts from an earlier name never leak into the next', () => {
    const matcher = trigramMatcher([olivia, oliver, noah]);
    expect(matcher(oliver.trigrams, 0.4)).toEqual({ candidate: oliver, similarity: 1 });
    expect(matcher(noah.trigrams, 0.4)).toEqual({ candidate: noah, similarity: 1 });
    expect(matcher(oliver.trigrams, 0.4)).toEqual({ candidate: oliver, similarity: 1 });
  });
});
