/**
 * Decodes dictionary chunks, block tables and postings blocks (layout in fihris-index-format.ts;
 * the builder's encoder is src/search-index/entry-encoder.ts).
 */
import { ByteReader } from './fihris-index-bytes.ts';
import { entryFlags, hashBytes, paletteBits, taggedDocs, type BlockInfo, type FileRef, type PageChunk, type TermEntry } from '../../shared/search/fihris-index-format.ts';

export interface DictionaryChunk {
  /** Terms in index order. */
  terms: string[];
  entries: Map<string, TermEntry>;
  /** Prefix → its completions, stored for prefixes whose terms run past this chunk. */
  completions: Map<string, TermEntry[]>;
}

function fileRef(reader: ByteReader, folder: string, extension = 'bin'): FileRef {
  const hash = reader.hex(hashBytes);
  return { name: `${folder}/${hash}.${extension}`, bytes: reader.varint() };
}

/** The block table: files used, then per block its doc range, count, max impact and place. */
export function decodeBlockTable(reader: ByteReader, blockCount: number): BlockInfo[] {
  const files: FileRef[] = [];
  const fileCount = reader.varint();
  for (let i = 0; i < fileCount; i++) files.push(fileRef(reader, 'p'));
  const blocks: BlockInfo[] = [];
  let previousLast = -1;
  for (let i = 0; i < blockCount; i++) {
    const firstDoc = previousLast + 1 + reader.varint();
    const lastDoc = firstDoc + reader.varint();
    const count = reader.varint();
    const maxImpact = reader.byte();
    const file = files[reader.varint()];
    if (!file) throw new RangeError('block names a missing file');
    blocks.push({ firstDoc, lastDoc, count, maxImpact, file, offset: reader.varint(), length: reader.varint() });
    previousLast = lastDoc;
  }
  return blocks;
}

/**
 * A list of postings after its first doc: bit-packed gaps and places in the list's palette of
 * impacts. A place outside the palette is not checked for: the file's bytes were checked
 * against its name's hash before they got here.
 */
function decodePostings(reader: ByteReader, count: number, firstDoc: number): { docs: number[]; impacts: number[] } {
  if (count === 1) return { docs: [firstDoc], impacts: [reader.byte()] };
  const header = reader.varint();
  const size = header >> 5;
  const palette = reader.slice(size);
  let pending = 0;
  let pendingBits = 0;
  const take = (bits: number): number => {
    for (; pendingBits < bits; pendingBits += 8) pending += reader.byte() * 2 ** pendingBits;
    const value = pending % 2 ** bits;
    pending = (pending - value) / 2 ** bits;
    pendingBits -= bits;
    return value;
  };
  const docs = [firstDoc];
  for (let i = 1; i < count; i++) docs.push(docs[i - 1] + 1 + take(header & 31));
  const placeBits = paletteBits(size);
  return { docs, impacts: docs.map(() => (size ? palette[take(placeBits)] : take(8))) };
}

/** One postings block: a list of postings after the block's first doc (in its table). */
export function decodeBlock(bytes: Uint8Array, block: Pick<BlockInfo, 'offset' | 'length' | 'count' | 'firstDoc'>): { docs: number[]; impacts: number[] } {
  const reader = new ByteReader(bytes, block.offset, block.offset + block.length);
  return decodePostings(reader, block.count, block.firstDoc);
}

/** One term's entry (its body after the term), as a chunk or a completion list holds it. */
export function decodeEntryBody(reader: ByteReader, term: string): TermEntry {
  const df = reader.varint();
  const flags = reader.byte();
  const entry: TermEntry = { term, df };
  if (flags & entryFlags.ranked) {
    const count = reader.varint();
    const docs: number[] = [];
    for (let i = 0, doc = -1; i < count; i++) docs.push((doc += 1 + reader.varint()));
    entry.ranked = { docs, scores: docs.map(() => reader.varint()) };
    if (flags & entryFlags.tags) entry.cardTags = readCardTags(reader, taggedDocs(entry.ranked.docs, entry.ranked.scores, 'scoped list'));
    return entry;
  }
  if (flags & entryFlags.facets) {
    const facetCounts = new Map<number, number>();
    let facet = -1;
    for (let n = reader.varint(); n > 0; n--) {
      facet += 1 + reader.varint();
      facetCounts.set(facet, reader.varint());
    }
    entry.facetCounts = facetCounts;
  }
  if (flags & entryFlags.top) {
    const count = reader.varint();
    entry.top = decodePostings(reader, count, reader.varint());
    entry.restMax = reader.byte();
  }
  if (flags & entryFlags.hot) entry.hot = fileRef(reader, 'h', 'json');
  if (flags & entryFlags.inline) {
    entry.inline = decodePostings(reader, df, reader.varint());
  } else if (flags & entryFlags.tableInFile) {
    const file = fileRef(reader, 't');
    entry.table = { file, offset: reader.varint(), length: reader.varint(), blockCount: reader.varint() };
  } else {
    entry.blocks = decodeBlockTable(reader, reader.varint());
  }
  const known = entry.inline ?? entry.top;
  if (flags & entryFlags.tags && known) entry.cardTags = readCardTags(reader, taggedDocs(known.docs, known.impacts, 'word'));
  return entry;
}

/** The card tags an entry carries for its taggedDocs, doc → tag. */
function readCardTags(reader: ByteReader, docs: number[]): Map<number, string> {
  const tags = new Map<number, string>();
  for (const doc of docs) tags.set(doc, reader.hex(3));
  return tags;
}

/** A dictionary page (or the root's page list): per item its separator, front-coded, then its file's hash and size. */
export function decodePage(bytes: Uint8Array, folder: string): PageChunk[] {
  const reader = new ByteReader(bytes);
  const items: PageChunk[] = [];
  let previous = '';
  for (let n = reader.varint(); n > 0; n--) {
    const separator = previous.slice(0, reader.varint()) + reader.string();
    items.push([separator, `${folder}/${reader.hex(hashBytes)}.bin`, reader.varint()]);
    previous = separator;
  }
  if (!reader.done) throw new RangeError('dictionary page has trailing bytes');
  return items;
}

/** A dictionary chunk: entries with terms front-coded against the previous term. */
export function decodeChunk(bytes: Uint8Array): DictionaryChunk {
  const reader = new ByteReader(bytes);
  const terms: string[] = [];
  const entries = new Map<string, TermEntry>();
  let previous = '';
  for (let n = reader.varint(); n > 0; n--) {
    const shared = reader.varint();
    const term = previous.slice(0, shared) + reader.string();
    terms.push(term);
    entries.set(term, decodeEntryBody(reader, term));
    previous = term;
  }
  const completions = new Map<string, TermEntry[]>();
  for (let n = reader.varint(); n > 0; n--) {
    const prefix = reader.string();
    const list: TermEntry[] = [];
    for (let k = reader.varint(); k > 0; k--) list.push(decodeEntryBody(reader, reader.string()));
    completions.set(prefix, list);
  }
  if (!reader.done) throw new RangeError('dictionary chunk has trailing bytes');
  return { terms, entries, completions };
}
