/**
 * Per-term facet counts (how many of the term's records each library holds, and per language,
 * decade and format): what lets a one-word query show exact facet counts from its dictionary
 * entry alone. Only for terms with more records than a result page shows; below that the
 * engine reads every match's card and counts exactly from those.
 */
import type { CollectedRecords } from './collect-records.ts';
import type { DocIds } from './doc-ids.ts';
import type { InvertedIndex } from './invert.ts';

export const facetCountsMinDf = 10;

export function makeFacetCounter(collected: CollectedRecords, docIds: DocIds, index: InvertedIndex): (term: number) => [number, number][] | undefined {
  const recordOfDoc = new Int32Array(docIds.docSpace).fill(-1);
  docIds.byRecord.forEach((doc, record) => (recordOfDoc[doc] = record));
  const counts = new Int32Array(collected.facets.length);
  return (term) => {
    const start = index.postingStart[term];
    const end = index.postingStart[term + 1];
    if (end - start <= facetCountsMinDf) return undefined;
    counts.fill(0);
    for (let i = start; i < end; i++) for (const facet of collected.cards[recordOfDoc[index.postingDocs[i]]].facets) counts[facet]++;
    const pairs: [number, number][] = [];
    counts.forEach((count, facet) => count > 0 && pairs.push([facet, count]));
    return pairs;
  };
}
