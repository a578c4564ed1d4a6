/**
 * pg_trgm's `similarity()` over one set of candidates, computed in memory from the trigram sets PostgreSQL
 * itself extracted (`show_trgm`, so case folding, word splitting and multi-byte hashing stay pg_trgm's).
 * similarity(a, b) = |A ∩ B| / |A ∪ B| in float4, as pg_trgm computes it; `show_trgm` gives each set
 * without repeats. An inverted index (trigram → candidates) makes a name cost only the trigrams it shares,
 * instead of one `similarity()` call — two trigram extractions — per name and candidate.
 */
export interface TrigramCandidate {
  trigrams: readonly string[];
}

export interface TrigramMatch<C> {
  candidate: C;
  /** pg_trgm's float4 value, widened as `similarity(…)::float8` would be. */
  similarity: number;
}

/**
 * The candidates are given in tie order (the first wins a tie), the order an `ORDER BY similarity DESC, …`
 * would break ties in. Returns the lookup: the most similar candidate above `threshold`, or null.
 */
export function trigramMatcher<C extends TrigramCandidate>(
  candidates: readonly C[],
): (trigrams: readonly string[], threshold: number) => TrigramMatch<C> | null {
  const postings = new Map<string, number[]>();
  candidates.forEach((candidate, index) => {
    for (const trigram of candidate.trigrams) {
      const list = postings.get(trigram);
      if (list) list.push(index);
      else postings.set(trigram, [index]);
    }
  });
  // Shared-trigram counts per candidate, reset after each lookup (only the touched ones are non-zero).
  const shared = new Uint32Array(candidates.length);
  return (trigrams, threshold) => {
    const touched: number[] = [];
    for (const trigram of trigrams) {
      for (const index of postings.get(trigram) ?? []) {
        const count = shared[index]!;
        if (count === 0) touched.push(index);
        shared[index] = count + 1;
      }
    }
    let best = -1;
    let bestSimilarity = 0;
    for (const index of touched) {
      const common = shared[index]!;
      shared[index] = 0;
      // Math.fround: pg_trgm divides in float4, and a threshold of 0.4 must see 4/10 as float4 does.
      const similarity = Math.fround(common / (trigrams.length + candidates[index]!.trigrams.length - common));
      if (similarity > threshold && (similarity > bestSimilarity || (similarity === bestSimilarity && index < best))) {
        best = index;
        bestSimilarity = similarity;
      }
    }
    return best < 0 ? null : { candidate: candidates[best]!, similarity: bestSimilarity };
  };
}
