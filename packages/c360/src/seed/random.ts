import { createHash } from 'node:crypto';

// Every id and every random choice of the demo data derives from names, so two runs produce identical rows.

const ID_NAMESPACE = 'c360-demo-seed';

/** A UUID (version 5 layout) from the SHA-1 of the name parts: the same parts give the same id every run. */
export function seedId(...parts: Array<string | number>): string {
  const bytes = createHash('sha1')
    .update(`${ID_NAMESPACE}:${parts.join('/')}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A seeded pseudo-random generator (mulberry32) with the helpers the seed needs. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick on an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/** A generator seeded from names, so one concept's data does not shift when another's changes. */
export function rngFor(...parts: Array<string | number>): Rng {
  return new Rng(
    createHash('sha1')
      .update(`${ID_NAMESPACE}:rng:${parts.join('/')}`)
      .digest()
      .readUInt32BE(0),
  );
}
