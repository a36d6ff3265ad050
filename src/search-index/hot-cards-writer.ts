/**
 * Hot cards (h/): for each common term, the cards of its first hits, ready to show. A one-word
 * query on a common term (the commonest kind of search) then needs no card tag shard and no
 * card files, which cost a round and about ten 1.5 KB files; a two-word query whose pair term
 * settles its top 10 uses the pair's. Ranked as the entry's top postings are (impact desc, doc
 * asc), so the engine knows which docs a file holds without reading it.
 */
import { hotCardsCount, hotCardsMinDf } from '../shared/search/fihris-index-format.ts';
import type { CollectedRecords } from './collect-records.ts';
import type { DocIds } from './doc-ids.ts';
import type { FileSink } from './file-sink.ts';
import type { InvertedIndex } from './invert.ts';
import type { PackedFile } from './packer.ts';

/** One hot card: doc id, url, title, author, year, facet indexes (libraries first). */
export type HotCard = [number, string, string, string | null, string | null, number[]];

/**
 * The term's first `count` postings in rank order (impact desc, doc asc), as positions into the
 * postings arrays. Linear: impacts are bytes, so a histogram finds the cut-off impact, and
 * postings come in doc order, so the first ones at the cut-off are the ones that rank.
 */
export function bestPostings(index: InvertedIndex, term: number, count: number): number[] {
  const start = index.postingStart[term];
  const end = index.postingStart[term + 1];
  const impacts = index.postingImpacts;
  const histogram = new Int32Array(256);
  for (let i = start; i < end; i++) histogram[impacts[i]]++;
  let cut = 255;
  for (let above = 0; cut > 0 && above + histogram[cut] < count; cut--) above += histogram[cut];
  const chosen: number[] = [];
  for (let i = start; i < end; i++) if (impacts[i] > cut) chosen.push(i);
  for (let i = start; i < end && chosen.length < count; i++) if (impacts[i] === cut) chosen.push(i);
  return chosen.sort((a, b) => impacts[b] - impacts[a] || index.postingDocs[a] - index.postingDocs[b]);
}

export function writeHotCards(collected: CollectedRecords, docIds: DocIds, index: InvertedIndex, sink: FileSink): Map<number, PackedFile> {
  const recordOfDoc = new Int32Array(docIds.docSpace).fill(-1);
  docIds.byRecord.forEach((doc, record) => (recordOfDoc[doc] = record));
  const encoder = new TextEncoder();
  const files = new Map<number, PackedFile>();
  for (let term = 0; term < index.df.length; term++) {
    if (index.df[term] <= hotCardsMinDf) continue;
    const cards: HotCard[] = bestPostings(index, term, hotCardsCount).map((at) => {
      const doc = index.postingDocs[at];
      const { card, facets } = collected.cards[recordOfDoc[doc]];
      return [doc, card.url, card.title, card.author ?? null, card.year ?? null, facets];
    });
    const bytes = encoder.encode(JSON.stringify(cards));
    const name = sink.writeHashed('h', 'json', bytes);
    files.set(term, { hash: name.slice(2, -5), bytes: bytes.length });
  }
  return files;
}
