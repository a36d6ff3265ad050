/**
 * Seeded randomness for the generated catalogues (the sample content and the benchmark):
 * the same seed gives the same bytes. FNV-1a turns a seed text into a state; mulberry32 draws from it. Each
 * edition gets its own stream (seed + edition number), so an edition never depends on how
 * many numbers the editions before it drew.
 */

export interface Draw {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  chance(probability: number): boolean;
  pick<T>(choices: readonly T[]): T;
  /**
   * An index in [0, n) with Zipf-like (s ≈ 1) frequencies: index 0 most often, a long tail.
   * Log-uniform sampling is the inverse CDF of 1/x, cheap enough for millions of words.
   */
  zipf(n: number): number;
}

export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function seededDraw(seed: string): Draw {
  let state = hashText(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    next,
    below,
    chance: (probability) => next() < probability,
    pick: (choices) => choices[below(choices.length)],
    zipf: (n) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1),
  };
}
