/**
 * What co-occurrence lists would cost (the design considered for three-word queries of common
 * words, issue 9): for each df threshold, the words at or above it, and the postings that a list
 * per pair of them found together in a record would hold (one direction), against the index's
 * own postings; then the same for the N most common words only. Over the index benchmark's
 * synthetic records (scripts/bench-search-index.ts).
 *   node --max-old-space-size=4096 scripts/measure-co-occurrence.ts [records]
 */
import { collectRecords, facetWeight } from '../src/search-index/collect-records.ts';
import { syntheticUnionRecords } from '../tests/fixtures/search-index/synthetic-union-records.ts';

const records = Number(process.argv[2] ?? 100_000);
const collected = await collectRecords(syntheticUnionRecords({ records, tailWords: Math.round(records / 2) }));
const termIds = collected.termIds.view();
const termStart = collected.termStart.view();
const weights = collected.weights.view();
const df = new Int32Array(collected.terms.length);
for (const term of termIds) df[term]++;
/** A word a reader types: not a pair term, not a scope word. */
const isWord = (term: number) => !collected.terms[term].includes(' ') && !collected.terms[term].startsWith('zz');

console.log(`${collected.permanentIds.length} records, ${termIds.length} postings`);
for (const share of [0.01, 0.02, 0.05]) {
  const minDf = share * collected.permanentIds.length;
  let words = 0;
  for (let term = 0; term < df.length; term++) if (df[term] >= minDf && isWord(term)) words++;
  let pairPostings = 0;
  let commonPerRecord = 0;
  for (let record = 0; record + 1 < termStart.length; record++) {
    let common = 0;
    for (let i = termStart[record]; i < termStart[record + 1]; i++) if (weights[i] !== facetWeight && df[termIds[i]] >= minDf && isWord(termIds[i])) common++;
    pairPostings += (common * (common - 1)) / 2;
    commonPerRecord += common;
  }
  console.log(`df >= ${share * 100}% (${minDf}): ${words} words, ${(commonPerRecord / collected.permanentIds.length).toFixed(1)} of them per record; pair lists ${pairPostings} postings, ${(pairPostings / termIds.length).toFixed(1)}x the index's`);
}

// Lists for the pairs of the N most common words only (a budgeted variant: a query of three such
// words would read two pair lists instead of whole lists).
const byDf = Array.from(df.keys()).filter((term) => isWord(term)).sort((a, b) => df[b] - df[a]);
for (const topN of [25, 50, 100, 200]) {
  const top = new Set(byDf.slice(0, topN));
  let pairPostings = 0;
  for (let record = 0; record + 1 < termStart.length; record++) {
    let common = 0;
    for (let i = termStart[record]; i < termStart[record + 1]; i++) if (weights[i] !== facetWeight && top.has(termIds[i])) common++;
    pairPostings += (common * (common - 1)) / 2;
  }
  const lastDf = df[byDf[Math.min(topN, byDf.length) - 1]];
  console.log(`the ${topN} most common words (df down to ${lastDf}): pair lists ${pairPostings} postings, ${(pairPostings / termIds.length).toFixed(2)}x the index's, ${Math.round(pairPostings / ((topN * (topN - 1)) / 2))} a pair`);
}
