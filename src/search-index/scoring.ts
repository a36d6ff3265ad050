/**
 * The ranking: BM25F-style field-weighted term scores, times a holdings prior, quantised to one
 * byte per posting. The builder stores the bytes; the exactness test's brute force scores with
 * the same functions, so both sides agree to the byte.
 */

/** Title words count most, then names, subjects, then series, publisher and notes. */
export const fieldWeights = { title: 3, name: 2, subject: 1.5, other: 1, identifier: 1, year: 0.5 } as const;
export type Field = keyof typeof fieldWeights;

const k1 = 1.2;
/** Catalogue fields are short; full length normalisation would punish full titles. */
const b = 0.5;
/** A facet term (library, language, decade, format) scores the same small amount everywhere. */
const facetScore = 0.5;

/**
 * A title held by many libraries is more likely the one a reader means: every term score of
 * the record is multiplied by this, so the prior counts once whatever the query length.
 * @example holdingsPrior(1) // 1
 */
export function holdingsPrior(libraryCount: number): number {
  return Math.min(maxPriorValue, 1 + 0.25 * Math.log(Math.max(1, libraryCount)));
}
const maxPriorValue = 2;

export function idf(df: number, docs: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/**
 * Collection figures (record count, average length, a term's df) snapped to a grid of four steps
 * an octave (±9%) before they enter a score. When one library re-deposits, the record count, the
 * average length and a common word's df move by a fraction of a percent; unsnapped, every impact
 * of every record would move with them and every postings file would get a new name. Snapped,
 * a figure changes only when it crosses a step (at a 1% move, about one time in twenty), so the
 * blocks of unchanged records keep their bytes. Small figures (rare words' df) stay exact: they
 * change only with a record of that word, which rewrites the word's one block anyway.
 * @example stableFigure(22457) // 23170.47… (2 ** 14.5)
 */
export function stableFigure(value: number): number {
  if (value <= exactBelow) return value;
  return 2 ** (Math.round(Math.log2(value) * stepsPerOctave) / stepsPerOctave);
}
const exactBelow = 16;
const stepsPerOctave = 4;

/**
 * A fixed top of the one-byte impact scale for a given doc-id space (which only changes when the
 * record count crosses a power of two): the best a pair term can score (its own score and its two
 * words', at the rarest df and the highest prior). Not the data's maximum, which moves with
 * every rebuild and would rescale every impact.
 */
export function impactScaleTop(docSpace: number): number {
  return 3 * idf(1, docSpace) * (k1 + 1) * maxPrior;
}
const maxPrior = 2;

/** Unquantised score of one term in one record. */
export function termScore(weightedTf: number, docLength: number, averageLength: number, df: number, docs: number, prior: number): number {
  const norm = k1 * (1 - b + (b * docLength) / stableFigure(averageLength));
  return idf(stableFigure(df), stableFigure(docs)) * ((weightedTf * (k1 + 1)) / (weightedTf + norm)) * prior;
}

export function facetTermScore(prior: number): number {
  return facetScore * prior;
}

/** One byte per posting; 1 at least, so every match scores above nothing. */
export function quantise(score: number, maxScore: number): number {
  return Math.max(1, Math.min(255, Math.round((score / maxScore) * 255)));
}
