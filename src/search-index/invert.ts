/**
 * Second pass, in memory: document frequencies, one quantised impact per (term, record), and the
 * postings of every term sorted by doc id (a counting sort over records taken in doc-id order).
 */
import { facetWeight, type CollectedRecords } from './collect-records.ts';
import type { DocIds } from './doc-ids.ts';
import { facetTermScore, impactScaleTop, quantise, termScore } from './scoring.ts';

export interface InvertedIndex {
  docs: number;
  df: Int32Array;
  /** Term t's postings are postingDocs/postingImpacts[postingStart[t] .. postingStart[t+1]). */
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingImpacts: Uint8Array;
}

function documentFrequencies(collected: CollectedRecords): Int32Array {
  const df = new Int32Array(collected.terms.length);
  const ids = collected.termIds.view();
  for (let i = 0; i < ids.length; i++) df[ids[i]]++;
  return df;
}

/**
 * The scorer the builder and the brute-force check share: raw score of entry j of record r.
 * A pair term ("stem1 stem2") scores its own BM25 plus its two words' scores in the record, so
 * that a quoted phrase, looked up as its pairs alone, still ranks by its words.
 */
export function makeRawScorer(collected: CollectedRecords, df: Int32Array): (record: number, entry: number) => number {
  const docs = collected.lengths.length;
  const lengths = collected.lengths.view();
  let total = 0;
  for (let i = 0; i < docs; i++) total += lengths[i];
  const averageLength = total / Math.max(1, docs);
  const ids = collected.termIds.data;
  const weights = collected.weights.data;
  const priors = collected.priors.data;
  const starts = collected.termStart.data;
  const own = (record: number, entry: number) => {
    const weight = weights[entry];
    if (weight === facetWeight) return facetTermScore(priors[record]);
    return termScore(weight, lengths[record], averageLength, df[ids[entry]], docs, priors[record]);
  };
  const wordScore = (record: number, word: string) => {
    const term = collected.vocabulary.get(word);
    for (let j = starts[record]; j < starts[record + 1]; j++) if (ids[j] === term) return own(record, j);
    return 0;
  };
  return (record, entry) => {
    const term = collected.terms[ids[entry]];
    const space = term.indexOf(' ');
    if (space < 0) return own(record, entry);
    return own(record, entry) + wordScore(record, term.slice(0, space)) + wordScore(record, term.slice(space + 1));
  };
}

export function invert(collected: CollectedRecords, docIds: DocIds): InvertedIndex {
  const df = documentFrequencies(collected);
  const score = makeRawScorer(collected, df);
  const start = collected.termStart.data;
  const docs = collected.lengths.length;
  const maxScore = impactScaleTop(docIds.docSpace);
  const postingStart = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) postingStart[t + 1] = postingStart[t] + df[t];
  const fill = postingStart.slice(0, df.length);
  const postingDocs = new Int32Array(postingStart[df.length]);
  const postingImpacts = new Uint8Array(postingStart[df.length]);
  const ids = collected.termIds.data;
  for (const r of docIds.recordsInDocOrder) {
    const doc = docIds.byRecord[r];
    for (let j = start[r]; j < start[r + 1]; j++) {
      const at = fill[ids[j]]++;
      postingDocs[at] = doc;
      postingImpacts[at] = quantise(score(r, j), maxScore);
    }
  }
  return { docs, df, postingStart, postingDocs, postingImpacts };
}
