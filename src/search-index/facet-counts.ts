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
  // Every doc's facets in one flat array, by doc id: the loop below runs over every posting of every common term.
  const facetStart = new Int32Array(docIds.docSpace + 1);
  for (let record = 0; record < docIds.byRecord.length; record++) facetStart[docIds.byRecord[record] + 1] = collected.cards[record].facets.length;
  for (let doc = 0; doc < docIds.docSpace; doc++) facetStart[doc + 1] += facetStart[doc];
  const facetOf = new Int32Array(facetStart[docIds.docSpace]);
  docIds.byRecord.forEach((doc, record) => facetOf.set(collected.cards[record].facets, facetStart[doc]));
  const counts = new Int32Array(collected.facets.length);
  return (term) => {
    const start = index.postingStart[term];
    const end = index.postingStart[term + 1];
    if (end - start <= facetCountsMinDf) return undefined;
    counts.fill(0);
    for (let i = start; i < end; i++) {
      const doc = index.postingDocs[i];
      for (let f = facetStart[doc]; f < facetStart[doc + 1]; f++) counts[facetOf[f]]++;
    }
    const pairs: [number, number][] = [];
    counts.forEach((count, facet) => count > 0 && pairs.push([facet, count]));
    return pairs;
  };
}
