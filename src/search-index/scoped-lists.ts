/**
 * Scoped lists: for each common word and each library, language and format (the scope words
 * isListedScopeWord() names) holding some of its records, the word's best records within that scope,
 * ranked by what the scoped query scores (the word's impact plus the scope word's), and how many
 * there are. A scoped search for a common word is then one more dictionary entry instead of the
 * AND of two long postings lists (a dense library's postings were most of the cost: 115–150 KB a
 * query at 100k records; a language's, 90–160 KB at 1M). Year ranges and subjects are not listed.
 * The key is scopedKey(): the lists sit after their scope word, apart from the chunks that
 * unscoped queries read.
 */
import { entryFlags, hasScopedLists, isListedScopeWord, scopedKey, taggedDocs, topPostings } from '../shared/search/fihris-index-format.ts';
import { ByteWriter } from './byte-writer.ts';
import { writeCardTags, type CardFiles } from './cards-writer.ts';
import type { InvertedIndex } from './invert.ts';

export interface ScopedLists {
  keys: string[];
  /** Body of key i (flags, df, ranked list; see encodeScopedBody). */
  bodies: Uint8Array[];
  df: Int32Array;
}

/** Per doc, its listed scope words (scopeTerms: the scope words' term ids) and their impacts, from start[doc] to start[doc + 1]. */
function scopesByDoc(index: InvertedIndex, terms: string[], docSpace: number) {
  const scopeTerms = terms.flatMap((term, t) => (isListedScopeWord(term) ? [t] : []));
  const start = new Int32Array(docSpace + 1);
  for (const t of scopeTerms) for (let i = index.postingStart[t]; i < index.postingStart[t + 1]; i++) start[index.postingDocs[i] + 1]++;
  for (let d = 0; d < docSpace; d++) start[d + 1] += start[d];
  const fill = start.slice(0, docSpace);
  const scope = new Int32Array(start[docSpace]);
  const impact = new Uint8Array(start[docSpace]);
  scopeTerms.forEach((t, l) => {
    for (let i = index.postingStart[t]; i < index.postingStart[t + 1]; i++) {
      const at = fill[index.postingDocs[i]]++;
      scope[at] = l;
      impact[at] = index.postingImpacts[i];
    }
  });
  return { scopeTerms, start, scope, impact };
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

/** df, flags byte (entryFlags.ranked and tags), then the list: count, docs in doc order as gaps, a varint score each; then the card tags of its first hits. */
function encodeScopedBody(df: number, docs: number[], scores: number[], chosen: number[], cardFiles: CardFiles): Uint8Array {
  const writer = new ByteWriter();
  const ordered = chosen.sort((a, b) => docs[a] - docs[b]);
  writer.varint(df);
  writer.byte(entryFlags.ranked | entryFlags.tags);
  writer.varint(ordered.length);
  let previous = -1;
  for (const i of ordered) {
    writer.varint(docs[i] - previous - 1);
    previous = docs[i];
  }
  for (const i of ordered) writer.varint(scores[i]);
  writeCardTags(taggedDocs(ordered.map((i) => docs[i]), ordered.map((i) => scores[i]), 'scoped list'), cardFiles, writer);
  return writer.result();
}

export function buildScopedLists(index: InvertedIndex, terms: string[], docSpace: number, cardFiles: CardFiles): ScopedLists {
  const byDoc = scopesByDoc(index, terms, docSpace);
  const lists: ScopedLists = { keys: [], bodies: [], df: new Int32Array(0) };
  const dfs: number[] = [];
  const docs: number[][] = byDoc.scopeTerms.map(() => []);
  const scores: number[][] = byDoc.scopeTerms.map(() => []);
  for (let t = 0; t < terms.length; t++) {
    if (!hasScopedLists({ term: terms[t], df: index.df[t] })) continue;
    for (let l = 0; l < docs.length; l++) (docs[l].length = 0), (scores[l].length = 0);
    for (let i = index.postingStart[t]; i < index.postingStart[t + 1]; i++) {
      const doc = index.postingDocs[i];
      for (let j = byDoc.start[doc]; j < byDoc.start[doc + 1]; j++) {
        docs[byDoc.scope[j]].push(doc);
        scores[byDoc.scope[j]].push(index.postingImpacts[i] + byDoc.impact[j]);
      }
    }
    docs.forEach((scopeDocs, l) => {
      if (scopeDocs.length === 0) return;
      const chosen = firstByRank(scopeDocs, scores[l], topPostings);
      lists.keys.push(scopedKey(terms[t], terms[byDoc.scopeTerms[l]]));
      lists.bodies.push(encodeScopedBody(scopeDocs.length, scopeDocs, scores[l], chosen, cardFiles));
      dfs.push(scopeDocs.length);
    });
  }
  lists.df = Int32Array.from(dfs);
  return lists;
}
