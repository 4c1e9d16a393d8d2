/**
 * Small seeded pseudo-random numbers for the synthetic generator: mulberry32 streams, derived
 * seeds so that each province (and each pass over it) gets its own reproducible stream, and the
 * samplers the generator needs (integers, picks, weighted picks, a Zipf sampler over ranks).
 * Never Math.random: the same seed gives the same output, byte for byte.
 */

/** 32-bit integer mix (murmur3 finaliser). */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seed derived from a base seed and a path of integers or strings (e.g. seed, province, "apps"). */
export function deriveSeed(seed: number, ...path: (number | string)[]): number {
  let h = mix32(seed >>> 0);
  for (const p of path) {
    if (typeof p === 'number') h = mix32(h ^ mix32((p >>> 0) + 0x9e3779b9));
    else for (let i = 0; i < p.length; i++) h = mix32(h ^ (p.charCodeAt(i) + 0x9e3779b9));
  }
  return h;
}

export class Prng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** Index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  }
  /** A copy shuffled (Fisher–Yates). */
  shuffled<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** Poisson-like small count with mean m (sum of Bernoulli trials; cheap and bounded by 4m+2). */
  count(mean: number): number {
    const n = Math.max(1, Math.ceil(mean * 4) + 2);
    const p = mean / n;
    let k = 0;
    for (let i = 0; i < n; i++) if (this.next() < p) k++;
    return k;
  }
}

/**
 * Zipf over ranks 0…n-1: P(rank r) ∝ 1 / (r + 1)^s. `sample(k)` draws from the first k ranks only
 * (the generator points edges at "earlier" ranks, which keeps the graph acyclic unless a cycle is
 * planted on purpose).
 */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let acc = 0;
    for (let r = 0; r < n; r++) this.cdf[r] = acc += 1 / Math.pow(r + 1, s);
  }
  sample(rng: Prng, k = this.cdf.length): number {
    const u = rng.next() * this.cdf[k - 1];
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
