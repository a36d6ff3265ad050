/**
 * Library-scoped lists: for each common word and each library holding some of its records, the
 * word's best records within that library, ranked by what the scoped query scores (the word's
 * impact plus the library word's), and how many there are. A library-scoped search for a common
 * word is then one more dictionary entry instead of the AND of two long postings lists (a dense
 * library's postings were most of the cost: 115–150 KB a query at 100k records).
 * The key is scopedKey(): the lists sit after their library word, apart from the chunks that
 * unscoped queries read.
 */
import { entryFlags, scopedKey, scopedListsMinDf, topPostings } from '../shared/search/fihris-index-format.ts';
import { ByteWriter } from './byte-writer.ts';
import type { InvertedIndex } from './invert.ts';

export interface ScopedLists {
  keys: string[];
  /** Body of key i (flags, df, ranked list; see encodeScopedBody). */
  bodies: Uint8Array[];
  df: Int32Array;
}

const isLibraryWord = (term: string) => term.startsWith('zzlib');
const isScopeWord = (term: string) => term.startsWith('zz');

/** Per doc, the library words holding it and their impacts: docLibStart[doc] .. docLibStart[doc + 1]. */
function librariesByDoc(index: InvertedIndex, terms: string[], docSpace: number) {
  const libraryTerms = terms.flatMap((term, t) => (isLibraryWord(term) ? [t] : []));
  const start = new Int32Array(docSpace + 1);
  for (const t of libraryTerms) for (let i = index.postingStart[t]; i < index.postingStart[t + 1]; i++) start[index.postingDocs[i] + 1]++;
  for (let d = 0; d < docSpace; d++) start[d + 1] += start[d];
  const fill = start.slice(0, docSpace);
  const library = new Int32Array(start[docSpace]);
  const impact = new Uint8Array(start[docSpace]);
  libraryTerms.forEach((t, l) => {
    for (let i = index.postingStart[t]; i < index.postingStart[t + 1]; i++) {
      const at = fill[index.postingDocs[i]]++;
      library[at] = l;
      impact[at] = index.postingImpacts[i];
    }
  });
  return { libraryTerms, start, library, impact };
}

/** The first `count` of (doc, score) pairs by rank (score desc, doc asc); docs come in doc order, scores below 512. */
function firstByRank(docs: number[], scores: number[], count: number): number[] {
  const histogram = new Int32Array(512);
  for (const score of scores) histogram[score]++;
  let cut = 511;
  for (let above = 0; cut > 0 && above + histogram[cut] < count; cut--) above += histogram[cut];
  const chosen: number[] = [];
  for (let i = 0; i < docs.length; i++) if (scores[i] > cut) chosen.push(i);
  for (let i = 0; i < docs.length && chosen.length < count; i++) if (scores[i] === cut) chosen.push(i);
  return chosen;
}

/** Flags byte (entryFlags.ranked), df, then the list: count, docs in doc order as gaps, a varint score each. */
function encodeScopedBody(df: number, docs: number[], scores: number[], chosen: number[]): Uint8Array {
  const writer = new ByteWriter();
  const ordered = chosen.sort((a, b) => docs[a] - docs[b]);
  writer.varint(df);
  writer.byte(entryFlags.ranked);
  writer.varint(ordered.length);
  let previous = -1;
  for (const i of ordered) {
    writer.varint(docs[i] - previous - 1);
    previous = docs[i];
  }
  for (const i of ordered) writer.varint(scores[i]);
  return writer.result();
}

export function buildScopedLists(index: InvertedIndex, terms: string[], docSpace: number): ScopedLists {
  const byDoc = librariesByDoc(index, terms, docSpace);
  const lists: ScopedLists = { keys: [], bodies: [], df: new Int32Array(0) };
  const dfs: number[] = [];
  const docs: number[][] = byDoc.libraryTerms.map(() => []);
  const scores: number[][] = byDoc.libraryTerms.map(() => []);
  for (let t = 0; t < terms.length; t++) {
    if (index.df[t] <= scopedListsMinDf || isScopeWord(terms[t])) continue;
    for (let l = 0; l < docs.length; l++) (docs[l].length = 0), (scores[l].length = 0);
    for (let i = index.postingStart[t]; i < index.postingStart[t + 1]; i++) {
      const doc = index.postingDocs[i];
      for (let j = byDoc.start[doc]; j < byDoc.start[doc + 1]; j++) {
        docs[byDoc.library[j]].push(doc);
        scores[byDoc.library[j]].push(index.postingImpacts[i] + byDoc.impact[j]);
      }
    }
    docs.forEach((libraryDocs, l) => {
      if (libraryDocs.length === 0) return;
      const chosen = firstByRank(libraryDocs, scores[l], topPostings);
      lists.keys.push(scopedKey(terms[t], terms[byDoc.libraryTerms[l]]));
      lists.bodies.push(encodeScopedBody(libraryDocs.length, libraryDocs, scores[l], chosen));
      dfs.push(libraryDocs.length);
    });
  }
  lists.df = Int32Array.from(dfs);
  return lists;
}
