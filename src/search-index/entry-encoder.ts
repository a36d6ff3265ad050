/**
 * Encodes dictionary entry bodies (decoder: src/client/search/fihris-index-entry.ts). Small
 * terms carry their postings, mid-size terms their block table, big terms a reference to a
 * block table in a t/ file (so a dictionary chunk stays a few KB whatever the vocabulary).
 */
import { allPostingsMax, entryFlags, hashBytes, inlineBlocksMax, inlinePostingsMax, taggedDocs, topPostings } from '../shared/search/fihris-index-format.ts';
import { ByteWriter } from './byte-writer.ts';
import type { InvertedIndex } from './invert.ts';
import type { PackedFile, Packer } from './packer.ts';
import { encodePostingList } from './posting-list-encoder.ts';
import { encodePostings, type BlockMeta } from './postings-writer.ts';
import { stringHash } from '../shared/search/fihris-index-format.ts';
import { bestPostings } from './hot-cards-writer.ts';
import { writeCardTags, type CardFiles } from './cards-writer.ts';

function fileRef(writer: ByteWriter, file: PackedFile): void {
  if (file.hash.length !== hashBytes * 2) throw new Error(`file hash ${file.hash} is not ${hashBytes} bytes`);
  writer.hex(file.hash);
  writer.varint(file.bytes);
}

export function encodeBlockTable(blocks: BlockMeta[], files: PackedFile[], writer: ByteWriter): void {
  const local = new Map<number, number>();
  for (const block of blocks) if (!local.has(block.file)) local.set(block.file, local.size);
  writer.varint(local.size);
  for (const file of local.keys()) fileRef(writer, files[file]);
  let previousLast = -1;
  for (const block of blocks) {
    writer.varint(block.firstDoc - previousLast - 1);
    writer.varint(block.lastDoc - block.firstDoc);
    writer.varint(block.count);
    writer.byte(block.maxImpact);
    writer.varint(local.get(block.file)!);
    writer.varint(block.offset);
    writer.varint(block.length);
    previousLast = block.lastDoc;
  }
}

export interface EntryContext {
  index: InvertedIndex;
  blocksByTerm: Map<number, BlockMeta[]>;
  postingFiles: PackedFile[];
  tables: Map<number, TablePlace>;
  tableFiles: PackedFile[];
  /** Hot-cards files of common terms (hot-cards-writer.ts). */
  hotFiles: Map<number, PackedFile>;
  /** The card files' tags: an entry without a hot file carries those of its taggedDocs. */
  cardFiles: CardFiles;
}

/** Body of one entry: df, flags, facet counts (delta-coded facet index, count), postings place. */
export function encodeEntryBody(context: EntryContext, term: number, facetCounts: [number, number][] | undefined, writer: ByteWriter): void {
  const { index } = context;
  const df = index.df[term];
  const blocks = context.blocksByTerm.get(term);
  let flags = facetCounts ? entryFlags.facets : 0;
  if (df <= inlinePostingsMax) flags |= entryFlags.inline;
  else flags |= entryFlags.top | (blocks!.length > inlineBlocksMax ? entryFlags.tableInFile : 0);
  const hot = context.hotFiles.get(term);
  if (hot) flags |= entryFlags.hot;
  else flags |= entryFlags.tags;
  writer.varint(df);
  writer.byte(flags);
  if (facetCounts) {
    writer.varint(facetCounts.length);
    let previous = -1;
    for (const [facet, count] of facetCounts) {
      writer.varint(facet - previous - 1);
      writer.varint(count);
      previous = facet;
    }
  }
  const known = flags & entryFlags.top ? writeTop(index, term, writer) : inlinePostings(index, term);
  if (hot) fileRef(writer, hot);
  if (flags & entryFlags.inline) {
    const start = index.postingStart[term];
    writer.varint(index.postingDocs[start]);
    encodePostings(index, start, start + df, writer);
  } else if (flags & entryFlags.tableInFile) {
    const table = context.tables.get(term)!;
    fileRef(writer, context.tableFiles[table.file]);
    writer.varint(table.offset);
    writer.varint(table.length);
    writer.varint(table.blockCount);
  } else {
    writer.varint(blocks!.length);
    encodeBlockTable(blocks!, context.postingFiles, writer);
  }
  if (flags & entryFlags.tags) writeCardTags(taggedDocs(known.docs, known.impacts, 'word'), context.cardFiles, writer);
}

function inlinePostings(index: InvertedIndex, term: number): { docs: number[]; impacts: number[] } {
  const start = index.postingStart[term];
  const end = index.postingStart[term + 1];
  return { docs: Array.from(index.postingDocs.subarray(start, end)), impacts: Array.from(index.postingImpacts.subarray(start, end)) };
}

/** Big terms' block tables, each in a t/ file of its own, written before any entry. */
export function writeBlockTables(sortedTerms: Int32Array, blocksByTerm: Map<number, BlockMeta[]>, postingFiles: PackedFile[], terms: string[], packer: Packer): Map<number, TablePlace> {
  const places = new Map<number, TablePlace>();
  for (const term of sortedTerms) {
    const blocks = blocksByTerm.get(term);
    if (!blocks || blocks.length <= inlineBlocksMax) continue;
    const table = new ByteWriter();
    encodeBlockTable(blocks, postingFiles, table);
    const bytes = table.result();
    const place = packer.add(bytes, stringHash(terms[term]));
    // One table a file: a common word's table changes with almost any re-deposit, and packed with
    // a dozen others it renamed their file and so changed a dozen entries spread over as many
    // dictionary chunks (the words are far apart in term order).
    packer.close();
    places.set(term, { file: place.file, offset: place.offset, length: bytes.length, blockCount: blocks.length });
  }
  return places;
}

export interface TablePlace {
  file: number;
  offset: number;
  length: number;
  blockCount: number;
}

/**
 * The term's best postings by (impact desc, doc asc), all of them in at most allPostingsMax
 * records, written in doc order, then the best impact left out; returns them.
 */
function writeTop(index: InvertedIndex, term: number, writer: ByteWriter): { docs: number[]; impacts: number[] } {
  const df = index.postingStart[term + 1] - index.postingStart[term];
  const count = df <= allPostingsMax ? df : topPostings;
  const best = bestPostings(index, term, count + 1);
  const chosen = best.slice(0, count).sort((a, b) => a - b);
  const restMax = best.length > count ? index.postingImpacts[best[count]] : 0;
  const top = { docs: chosen.map((at) => index.postingDocs[at]), impacts: chosen.map((at) => index.postingImpacts[at]) };
  writer.varint(chosen.length);
  writer.varint(top.docs[0]);
  encodePostingList(top.docs, top.impacts, writer);
  writer.byte(restMax);
  return top;
}
