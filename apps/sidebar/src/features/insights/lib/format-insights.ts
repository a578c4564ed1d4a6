import { HAPPINESS_LEVELS, type Happiness, type HappinessLevel } from '@c360/contracts';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

const unitFormat = (value: number, unit: 'minute' | 'hour' | 'day', language: string, fractionDigits: number) =>
  new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: fractionDigits }).format(value);

const roundTo = (value: number, fractionDigits: number) => Math.round(value * 10 ** fractionDigits) / 10 ** fractionDigits;

/**
 * A duration in the largest unit that reads naturally: minutes under an hour, hours under a day, then days
 * (one decimal). The unit is chosen after rounding, so 59.7 minutes reads "1 hour", not "60 minutes".
 * Null (nothing measured) stays null: the caller says so in words.
 */
export function formatDuration(minutes: number | null, language: string): string | null {
  if (minutes === null) return null;
  if (Math.round(minutes) < MINUTES_PER_HOUR) return unitFormat(Math.round(minutes), 'minute', language, 0);
  if (roundTo(minutes / MINUTES_PER_HOUR, 1) < 24) return unitFormat(minutes / MINUTES_PER_HOUR, 'hour', language, 1);
  return unitFormat(minutes / MINUTES_PER_DAY, 'day', language, 1);
}

export type HappinessShares = Record<HappinessLevel, number>;

/**
 * Whole-percent shares of the rated tickets per level that add up to exactly 100 (largest remainder
 * wins the rounding); null when nothing is rated.
 */
export function happinessShares(happiness: Happiness): HappinessShares | null {
  if (happiness.rated === 0) return null;
  const exact = HAPPINESS_LEVELS.map((level) => ({ level, value: (happiness[level] * 100) / happiness.rated }));
  const shares = Object.fromEntries(exact.map(({ level, value }) => [level, Math.floor(value)])) as HappinessShares;
  let left = 100 - exact.reduce((sum, { level }) => sum + shares[level], 0);
  for (const { level } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left === 0) break;
    shares[level] += 1;
    left -= 1;
  }
  return shares;
}

export const formatPercent = (percent: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);

/** The closed part of a donut as a fraction of its circle; 0 when there is nothing to count. */
export function closedFraction({ open, closed }: { open: number; closed: number }): number {
  const total = open + closed;
  return total === 0 ? 0 : closed / total;
}
