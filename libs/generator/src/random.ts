import { fromDay, toDay } from './dates';

/** Mixes 32-bit words (murmur3 finalizer); used to derive independent streams from a seed and keys. */
function mix32(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function words(part: number | string): number[] {
  if (typeof part === 'string') return Array.from(part, (c) => c.codePointAt(0)!);
  if (!Number.isFinite(part)) throw new Error(`Semilla inválida: ${part}`);
  // Keep the integer part's low and high 32 bits, so any safe integer seed is distinct.
  const n = Math.trunc(part);
  return [n >>> 0, Math.floor(n / 4294967296) >>> 0, n < 0 ? 1 : 0];
}

/** A 32-bit hash of a seed and keys: `hashSeed(seed, 'person', 17)`. */
export function hashSeed(...parts: Array<number | string>): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    for (const w of words(part)) h = mix32(h, w);
    h = mix32(h, 0x27d4eb2f); // separator, so (1, 23) differs from (12, 3)
  }
  return h;
}

/**
 * Small seeded PRNG (sfc32, 128-bit state) with the helpers the generator needs. Not for cryptography:
 * it only has to be fast and reproducible across platforms (pure 32-bit integer arithmetic).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = mix32(seed, 1);
    this.b = mix32(seed, 2);
    this.c = mix32(seed, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next(); // warm up: the first outputs of sfc32 are weak
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick() de una lista vacía');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `weighted([['A', 3], ['B', 1]])` gives 'A' three times as often. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }

  /** Standard normal (Box–Muller), scaled. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // (0, 1], so log() is finite
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around a median: amounts (salaries, prices) are skewed to the right. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** A day in [from, to] (YYYY-MM-DD, both included). */
  date(from: string, to: string): string {
    const a = toDay(from);
    const b = toDay(to);
    return fromDay(b <= a ? a : this.int(a, b));
  }

  /** `length` characters from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  digits(length: number): string {
    return this.chars(length, '0123456789');
  }

  /** An independent child stream; the parent's sequence is not consumed. */
  fork(...keys: Array<number | string>): Random {
    return new Random(hashSeed(this.a, this.b, this.c, this.d, ...keys));
  }
}

/** A seeded PRNG: the same seed gives the same sequence on every run and platform. */
export function createRandom(seed: number): Random {
  return new Random(hashSeed(seed));
}
