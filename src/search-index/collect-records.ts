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

/**
 * The collection as the next build's collector may take records from (search-index-cache.ts
 * keeps it between builds): everything but the vocabulary map, which is rebuilt as terms arrive.
 */
export type CarriedCollection = Omit<CollectedRecords, 'vocabulary'>;

/**
 * Takes records one at a time, each either computed from the union record or carried over from
 * an earlier build's collection (a record whose staged line has not changed): a carried record
 * adds the same terms, weights and facets in the same order as computing it would, so the
 * collection, and the index written from it, is the same either way.
 */
export class RecordCollector {
  private readonly collected: CollectedRecords = {
    terms: [], facets: [], termStart: new GrowableInt32(), termIds: new GrowableInt32(),
    weights: new GrowableFloat32(), lengths: new GrowableFloat32(), priors: new GrowableFloat32(), permanentIds: [], cards: [],
    vocabulary: new Map(),
  };
  private readonly facetIds = new Map<string, number>();
  private readonly seen = new Set<string>();
  /** Per earlier collection: its term and facet numbers → this one's, -1 until first met. */
  private readonly carriedNumbers = new Map<CarriedCollection, { terms: Int32Array; facets: Int32Array }>();

  constructor() {
    this.collected.termStart.push(0);
  }

  get records(): number {
    return this.collected.permanentIds.length;
  }

  add(record: UnionRecord): void {
    const collected = this.collected;
    this.checkNew(record.id);
    const view = recordTerms(record);
    for (const [term, weight] of view.weights) {
      collected.termIds.push(intern(collected, collected.vocabulary, term));
      collected.weights.push(weight);
    }
    // A scope word a text happens to contain is already a term of the record: once is enough.
    for (const word of view.scopeWords.filter((one) => !view.weights.has(one))) {
      collected.termIds.push(intern(collected, collected.vocabulary, word));
      collected.weights.push(facetWeight);
    }
    const facets = view.facets.map((facet) => facetIndex(collected, this.facetIds, facet));
    this.close(record.id, view.length, view.prior, { card: view.card, facets });
  }

  /** Record `index` of an earlier build's collection, taken as it was collected then. */
  addCarried(from: CarriedCollection, index: number): void {
    const collected = this.collected;
    const permanentId = from.permanentIds[index];
    this.checkNew(permanentId);
    let numbers = this.carriedNumbers.get(from);
    if (!numbers) {
      numbers = { terms: new Int32Array(from.terms.length).fill(-1), facets: new Int32Array(from.facets.length).fill(-1) };
      this.carriedNumbers.set(from, numbers);
    }
    const fromIds = from.termIds.data;
    const fromWeights = from.weights.data;
    for (let j = from.termStart.data[index]; j < from.termStart.data[index + 1]; j++) {
      let id = numbers.terms[fromIds[j]];
      if (id < 0) numbers.terms[fromIds[j]] = id = intern(collected, collected.vocabulary, from.terms[fromIds[j]]);
      collected.termIds.push(id);
      collected.weights.push(fromWeights[j]);
    }
    const { card, facets: fromFacets } = from.cards[index];
    const facets = fromFacets.map((facet) => {
      if (numbers.facets[facet] < 0) numbers.facets[facet] = facetIndex(collected, this.facetIds, from.facets[facet]);
      return numbers.facets[facet];
    });
    this.close(permanentId, from.lengths.data[index], from.priors.data[index], { card, facets });
  }

  /** The collection, its facets numbered in label order; the collector is spent. */
  finish(): CollectedRecords {
    renumberFacets(this.collected);
    return this.collected;
  }

  private checkNew(id: string): void {
    if (this.seen.has(id)) throw new Error(`Two union records share the id ${id}: the merge stage must give each record its own id.`);
    this.seen.add(id);
  }

  private close(id: string, length: number, prior: number, card: { card: RecordCard; facets: number[] }): void {
    const collected = this.collected;
    collected.termStart.push(collected.termIds.length);
    collected.lengths.push(length);
    collected.priors.push(prior);
    collected.permanentIds.push(id);
    collected.cards.push(card);
  }
}

export async function collectRecords(records: Iterable<UnionRecord> | AsyncIterable<UnionRecord>): Promise<CollectedRecords> {
  const collector = new RecordCollector();
  for await (const record of records) collector.add(record);
  return collector.finish();
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
