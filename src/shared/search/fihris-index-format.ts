/**
 * The file format of the fihris static index, read by the browser engine and written by the
 * builder (src/search-index/). Plain TypeScript, no DOM, no node:*: both sides import this file,
 * so the byte layout exists once.
 *
 * Layout (all integers unsigned LEB128 varints unless said otherwise):
 *   root.json                 the only fixed name; names every other file (two levels down)
 *   i/<hash>.bin              dictionary pages: per chunk its separator (front-coded), 6 hash bytes, bytes
 *   d/<hash>.bin              dictionary chunks: term entries (with the card tags of hits they hold), then prefix-completion lists
 *   p/<hash>.bin              postings blocks of many terms, 2-4 KB
 *   t/<hash>.bin              the block table of one term with many blocks
 *   k/<hash>.bin              card tags: 3 bytes per card file (its content hash, 0 = no file)
 *   c/<n>-<tag>.json          doc cards of doc ids [n*cardsPerFile, (n+1)*cardsPerFile)
 *   h/<hash>.json             hot cards: a common term's first hits ready to show, [doc, …card]
 * Every name carries a hash of the file's bytes: CDNs may cache forever, and the engine checks
 * each file it downloads against its name, so a corrupted file is an error, never a wrong answer.
 *
 * A list of postings (a block, an entry's inline or top postings), after its first doc: one
 * posting is its impact byte alone; more are a varint paletteSize * 32 + gapBits, the palette
 * (impacts ascending, a byte each), then, packed lowest bit first from a byte's lowest bit, each
 * later doc's gap minus one in gapBits bits and each posting's place in the palette in
 * paletteBits(size) bits (palette size 0: the impact itself in 8 bits); the last byte padded
 * with zero bits.
 */

export const formatName = 'fihris-index/4';

/** Folder of the built site that holds the index (root.json and the hashed files). */
export const fihrisIndexFolder = 'fihris-index';
/** Bytes of hash in a postings/table file reference inside binary files. */
export const hashBytes = 6;
/** Completions of a prefix word: the word itself when indexed, then the most frequent others. */
export const completionLimit = 8;
/** A list's impacts are written as places in a palette when they take at most this many values. */
export const paletteMax = 16;

/**
 * Bits of a place in a palette of this many impacts; 8 without a palette (size 0).
 * @example paletteBits(5) // 3
 */
export function paletteBits(size: number): number {
  return size === 0 ? 8 : 32 - Math.clz32(size - 1);
}

/** Terms with at most this many docs carry their postings in the dictionary entry. */
export const inlinePostingsMax = 8;
/** Terms with more blocks than this keep their block table in a t/ file. */
export const inlineBlocksMax = 4;
/**
 * Terms stored in blocks also carry their best postings (impact desc, doc asc) in the entry:
 * a one-word query's top 10 comes from the entry alone, and every other posting of the term
 * is known to score at most the last of these, which lets most blocks go unread.
 */
export const topPostings = 32;
/**
 * Terms in at most this many records carry all their postings in the entry instead of their
 * topPostings best, with every hit's card tag: a query reads none of their blocks and no k/
 * shard for their cards. A scoped query's rarer completions are such terms (why 64: the 100k
 * benchmark's scoped query saves its k/ round; 64 best postings for every term cost every
 * query 1-3 KB of dictionary, measured in the README).
 */
export const allPostingsMax = 64;

export interface IndexRoot {
  format: string;
  docs: number;
  /** Doc ids are below this (ids are spread by a hash of the permanent id, see doc-ids.ts). */
  docSpace: number;
  /** Facet labels by index (cards and counts refer to them): lib:<code>, lang:<code>, dec:<decade>, fmt:<format>. */
  facets: string[];
  /** Terms with more docs than this carry exact per-facet counts in their entry. */
  facetCountsMinDf: number;
  /** Dictionary pages, base64 of the page list encoded as a page is (separator, hash, bytes each). */
  pages: string;
  cardsPerFile: number;
  tagsPerShard: number;
  /** Card tag shards' content hashes, 6 bytes each, base64: shard s is k/<hash s>.bin. */
  cardShards: string;
  /** Bytes of every card tag shard but the last (which may be shorter). */
  cardShardBytes: number;
  /** No card file is bigger: an upper bound for the download budget. */
  cardFileMaxBytes: number;
}

/** A chunk of the dictionary page: the first term of the chunk, its file, its size. */
export type PageChunk = [string, string, number];

export interface FileRef {
  name: string;
  bytes: number;
}

export interface BlockInfo {
  firstDoc: number;
  lastDoc: number;
  count: number;
  maxImpact: number;
  file: FileRef;
  offset: number;
  length: number;
}

export interface TermEntry {
  term: string;
  df: number;
  /** Facet index → docs of this term with that facet; only when df > facetCountsMinDf. */
  facetCounts?: Map<number, number>;
  /** Postings small enough to sit in the entry. */
  inline?: { docs: number[]; impacts: number[] };
  blocks?: BlockInfo[];
  /** Where the block table is, when it is not in the entry. */
  table?: { file: FileRef; offset: number; length: number; blockCount: number };
  /** The term's best postings (see topPostings), in doc order. */
  top?: { docs: number[]; impacts: number[] };
  /** No posting outside `top` scores more than this. */
  restMax?: number;
  /** Cards of the first hotCardsCount of `top` by rank, ready to show (terms with df > hotCardsMinDf). */
  hot?: FileRef;
  /** A scoped list (see scopedKey): its best docs with their full scores, in doc order; df counts them all. */
  ranked?: { docs: number[]; scores: number[] };
  /** Card file tags of its taggedDocs, doc → tag (hex), when it has no hot-cards file. */
  cardTags?: Map<number, string>;
}

export const entryFlags = { facets: 1, inline: 2, tableInFile: 4, top: 8, hot: 16, ranked: 32, tags: 64 } as const;

/**
 * The docs whose card file tags an entry without a hot-cards file carries (3 bytes each, at the
 * end of its body, in this order), so that their cards need no k/ shard: a word's every posting
 * it holds (inline, or its top postings, in doc order: every hit of a word in at most
 * topPostings records), a scoped list's first hotCardsCount by rank (score desc, doc asc).
 */
export function taggedDocs(docs: number[], scores: number[], kind: 'word' | 'scoped list'): number[] {
  return kind === 'word' ? docs : firstHitsByRank(docs, scores);
}

/** The first hotCardsCount of these postings by rank (score desc, doc asc): a result list's first page. */
export function firstHitsByRank(docs: number[], scores: number[]): number[] {
  return docs.map((doc, i): [number, number] => [doc, scores[i]]).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, hotCardsCount).map(([doc]) => doc);
}

/** Words with more docs than this get a scoped list per library, language and format (see scopedKey). */
export const scopedListsMinDf = 100;

/**
 * Does this term have a scoped list in every library, language and format holding one of its
 * records? The builder writes them by this rule, and a query reads them by it: a listed term with
 * no list in a scope has no record there. Scope words (and any term starting zz) have none.
 * @example hasScopedLists({ term: 'تاريخ', df: 101 }) // true
 */
export function hasScopedLists(entry: { term: string; df: number }): boolean {
  return entry.df > scopedListsMinDf && !entry.term.startsWith('zz');
}

/**
 * A scope word with a scoped list per common word: libraries, languages, formats (few values,
 * each held by many records). Year ranges and subjects are not listed.
 * @example isListedScopeWord('zzlangara') // true
 */
export function isListedScopeWord(term: string): boolean {
  return /^zz(?:lib|lang|fmt)/.test(term);
}

/**
 * Dictionary key of a word's list within one library, language or format: its best records
 * there, ranked by the scoped query's score, and their count. Sorts right after the scope word,
 * which a scoped query looks up too, so the lists stay out of the chunks unscoped queries read.
 * @example scopedKey('تاريخ', 'zzlibsqu') // 'zzlibsqu\u0001تاريخ'
 */
export function scopedKey(word: string, scopeWord: string): string {
  return `${scopeWord}\u0001${word}`;
}

/** Terms with more docs than this get a hot-cards file (h/): a one-word query then needs no card tag or card file. */
export const hotCardsMinDf = 100;
/** Cards in a hot-cards file: a first result page. */
export const hotCardsCount = 10;

/**
 * The shortest prefix of `first` that sorts after `previousLast`: what a dictionary page stores
 * for a chunk instead of its first term (keys between two chunks land in either, and match
 * nothing there). Never ends inside a surrogate pair.
 * @example separatorOf('تاج', 'تاريخ') // 'تار'
 */
export function separatorOf(previousLast: string, first: string): string {
  for (let length = 1; length < first.length; length++) {
    if (/[\ud800-\udbff]/.test(first[length - 1])) continue;
    const prefix = first.slice(0, length);
    if (prefix > previousLast) return prefix;
  }
  return first;
}

const base64Letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 of bytes, for binary lists inside root.json (here, not btoa: the shared zone has
 * neither DOM nor Node types).
 * @example toBase64(Uint8Array.of(1, 2, 3)) // 'AQID'
 */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const letters = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < letters; k++) text += base64Letters[(n >> (18 - 6 * k)) & 63];
  }
  return text;
}

/** In every browser and in Node ≥ 16; declared here, since the shared zone has no DOM types. */
declare function atob(text: string): string;

/**
 * Bytes of base64 (root.json's lists), by the platform's decoder, which throws on a letter that
 * is not base64 (and skips spaces). Replaced a decoder written here: the search island's
 * script is 211 bytes gzip smaller (17,522 → 17,311).
 * @example fromBase64('AQID') // Uint8Array [1, 2, 3]
 */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (letter) => letter.charCodeAt(0));
}

/**
 * Fast 48-bit content hash (two 32-bit multiply-xorshift lanes) as 12 hex digits.
 * @example contentHash(new TextEncoder().encode('a')).length // 12
 */
export function contentHash(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = (h2 >>> 0).toString(16).padStart(8, '0').slice(0, 4);
  return high + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** 32-bit hash of a string, for stable content-defined boundaries and doc-id spreading. */
export function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export function cardFileName(fileNumber: number, tag: string): string {
  return `c/${fileNumber}-${tag}.json`;
}

/** Card tag: the first 6 hex digits of the card file's content hash. */
export function cardTag(bytes: Uint8Array): string {
  return contentHash(bytes).slice(0, 6);
}

/** The hash part of a file name (p/0123456789ab.bin → 0123456789ab). */
export function hashOfName(name: string): string {
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  const base = name.slice(slash + 1, dot);
  const dash = base.lastIndexOf('-');
  return dash >= 0 ? base.slice(dash + 1) : base;
}

/** Two hex digits for each byte value: the browser reads file names and card tags a few thousand at a time. */
const hexOfByte = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Bytes as lower-case hex, two digits each: how the index names its files and card tags.
 * @example bytesToHex(Uint8Array.of(0, 171, 12)) // '00ab0c'
 */
export function bytesToHex(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += hexOfByte[bytes[i]];
  return text;
}

/** The hex hash of a referenced file as its 6 stored bytes. */
export function hexToBytes(hex: string, into: number[]): void {
  for (let i = 0; i < hex.length; i += 2) into.push(parseInt(hex.slice(i, i + 2), 16));
}

/**
 * A word can complete to this term: pair terms (two words) and scope words (zzlib…, zzy199…,
 * see facet-keys.ts) are not words a reader means.
 * @example isCompletable('zzlangara') // false
 */
export function isCompletable(term: string): boolean {
  return !term.includes(' ') && !term.includes('\u0001') && !scopeWordStart.test(term);
}
const scopeWordStart = /^zz(?:lib|lang|fmt|y\d|sub)/;

/**
 * The completions of a prefix word: the prefix itself when it is a term, then the most frequent
 * other terms starting with it (ties in index order), `completionLimit` in all.
 * @example chooseCompletions([{ term: 'مكتب', df: 5 }, { term: 'مكتبه', df: 9 }], 'مكتب') // ['مكتب', 'مكتبه']
 */
export function chooseCompletions(candidates: { term: string; df: number }[], prefix: string): string[] {
  const exact = candidates.filter((c) => c.term === prefix);
  const others = candidates.filter((c) => c.term !== prefix).sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
  return [...exact, ...others].slice(0, completionLimit).map((c) => c.term);
}
