/**
 * A small seeded random source. Everything the generator invents goes through one of these so
 * that the same seed always gives the same authority and the same workbook, on any machine:
 * Math.random is never used. Streams are forked by label, so that drawing one more number for
 * one purpose (say, contacts) does not shift every later draw for another (say, placements).
 */
export class Rng {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? hashString(`n:${seed}`) : hashString(seed);
  }

  /** An independent stream derived from this one's seed and a label (this stream is not advanced). */
  static derive(seed: number, ...labels: (string | number)[]): Rng {
    return new Rng(`${seed}|${labels.join('|')}`);
  }

  /** Uniform in [0, 1) (mulberry32: fast, 32-bit state, good enough for simulation). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(table: WeightTable<T>): T {
    let r = this.next() * table.total;
    for (const [v, w] of table.items) {
      r -= w;
      if (r < 0) return v;
    }
    return (table.items[table.items.length - 1] as readonly [T, number])[0];
  }

  /** Standard normal (Box–Muller; one value per call keeps the stream simple). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential with the given mean. */
  exp(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Poisson count with the given mean (inversion for small means, normal approximation above). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    for (;;) {
      p *= this.next();
      if (p <= l) return k;
      k++;
    }
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }
}

export interface WeightTable<T> {
  readonly items: readonly (readonly [T, number])[];
  readonly total: number;
}

/** Builds a weight table once, so that drawing from it needs no summing. */
export function weights<T>(items: readonly (readonly [T, number])[]): WeightTable<T> {
  return { items, total: items.reduce((s, [, w]) => s + w, 0) };
}

/** cyrb53-style 32-bit string hash: turns labels and seeds into stream states. */
export function hashString(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}
