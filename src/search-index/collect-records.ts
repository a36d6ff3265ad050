/**
 * First pass: reads the records once (they may stream from a file) and keeps only what the
 * index needs, in flat typed arrays keyed by interned term numbers.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { GrowableFloat32, GrowableInt32 } from './growable.ts';
import { recordTerms, type RecordCard } from './record-terms.ts';

/** Weight stored for a scope word (zzlib…, zzy…): it scores by facetTermScore(), not BM25. */
export const facetWeight = -1;

export interface CollectedRecords {
  terms: string[];
  /** Facet labels (lib:<code>, …) the cards and facet counts refer to by index; not terms: a scope looks up scope words. */
  facets: string[];
  /** Record i's terms are termIds[termStart[i] .. termStart[i+1]). */
  termStart: GrowableInt32;
  termIds: GrowableInt32;
  weights: GrowableFloat32;
  lengths: GrowableFloat32;
  priors: GrowableFloat32;
  permanentIds: string[];
  cards: { card: RecordCard; facets: number[] }[];
  /** Term → term number, kept for the scorer to find a pair term's two words. */
  vocabulary: Map<string, number>;
}

function intern(collected: CollectedRecords, vocabulary: Map<string, number>, term: string): number {
  let id = vocabulary.get(term);
  if (id === undefined) {
    id = collected.terms.length;
    vocabulary.set(term, id);
    collected.terms.push(term);
  }
  return id;
}

function facetIndex(collected: CollectedRecords, facetIds: Map<string, number>, facet: string): number {
  let index = facetIds.get(facet);
  if (index === undefined) {
    index = collected.facets.length;
    collected.facets.push(facet);
    facetIds.set(facet, index);
  }
  return index;
}

export async function collectRecords(records: Iterable<UnionRecord> | AsyncIterable<UnionRecord>): Promise<CollectedRecords> {
  const collected: CollectedRecords = {
    terms: [], facets: [], termStart: new GrowableInt32(), termIds: new GrowableInt32(),
    weights: new GrowableFloat32(), lengths: new GrowableFloat32(), priors: new GrowableFloat32(), permanentIds: [], cards: [],
    vocabulary: new Map(),
  };
  const vocabulary = collected.vocabulary;
  const facetIds = new Map<string, number>();
  const seen = new Set<string>();
  collected.termStart.push(0);
  for await (const record of records) {
    if (seen.has(record.id)) throw new Error(`Two union records share the id ${record.id}: the merge stage must give each record its own id.`);
    seen.add(record.id);
    const view = recordTerms(record);
    for (const [term, weight] of view.weights) {
      collected.termIds.push(intern(collected, vocabulary, term));
      collected.weights.push(weight);
    }
    // A scope word a text happens to contain is already a term of the record: once is enough.
    for (const word of view.scopeWords.filter((one) => !view.weights.has(one))) {
      collected.termIds.push(intern(collected, vocabulary, word));
      collected.weights.push(facetWeight);
    }
    const facets = view.facets.map((facet) => facetIndex(collected, facetIds, facet));
    collected.termStart.push(collected.termIds.length);
    collected.lengths.push(view.length);
    collected.priors.push(view.prior);
    collected.permanentIds.push(record.id);
    collected.cards.push({ card: view.card, facets });
  }
  renumberFacets(collected);
  return collected;
}

/** Libraries, then formats, decades and languages: the kinds least likely to gain a new value first. */
const facetKindOrder = ['lib', 'fmt', 'dec', 'lang'];
const facetRank = (label: string) => {
  const kind = facetKindOrder.indexOf(label.slice(0, label.indexOf(':')));
  return kind < 0 ? facetKindOrder.length : kind;
};

/**
 * Facet indexes in label order instead of the order the records first showed them: cards, hot
 * cards and every common word's facet counts store these numbers, so numbered by first sight,
 * a re-deposit that changed one of the first records (one that introduced a library or a
 * decade) renumbered them all and rewrote every card file and most dictionary chunks. In label
 * order they move only when a library, format, decade or language joins or leaves the catalogue.
 */
function renumberFacets(collected: CollectedRecords): void {
  const labels = collected.facets;
  const order = Array.from(labels.keys()).sort((x, y) => facetRank(labels[x]) - facetRank(labels[y]) || (labels[x] < labels[y] ? -1 : labels[x] > labels[y] ? 1 : 0));
  const newIndex = new Int32Array(labels.length);
  order.forEach((old, at) => (newIndex[old] = at));
  collected.facets = order.map((old) => labels[old]);
  for (const entry of collected.cards) entry.facets = entry.facets.map((facet) => newIndex[facet]);
}
