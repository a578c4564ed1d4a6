// Bands are named by the scorecard's admin and stored as written. The standard names of the numeric and colour
// schemes are translated by this key; grade letters and bands an admin named otherwise show as stored.
const STANDARD_BANDS = ['poor', 'average', 'good', 'red', 'yellow', 'green'] as const;
export type StandardBand = (typeof STANDARD_BANDS)[number];

/** The key of a standard band ("Average" → "average"), or null for a label to show as stored. */
export function standardBandOf(label: string): StandardBand | null {
  const name = label.trim().toLowerCase();
  return STANDARD_BANDS.find((band) => band === name) ?? null;
}
