/**
 * Splits each term's postings into blocks and packs them into p/ files. Block boundaries are
 * content-defined on the doc id (a block ends after a doc whose id hashes to a cut point), so
 * the same docs end blocks in every term: blocks of different terms line up, and adding a doc
 * changes one block of each of its terms, not every block after it.
 */
import { stringHash } from '../shared/search/fihris-index-format.ts';
import { inlinePostingsMax } from '../shared/search/fihris-index-format.ts';
import { ByteWriter } from './byte-writer.ts';
import { encodePostingList } from './posting-list-encoder.ts';
import type { InvertedIndex } from './invert.ts';
import type { Packer } from './packer.ts';

const minBlock = 32;
const maxBlock = 512;
/** After the minimum, a doc whose mixed id has these low bits clear ends the block (~1 in 128). */
const cutMask = 127;

export interface BlockMeta {
  firstDoc: number;
  lastDoc: number;
  count: number;
  maxImpact: number;
  file: number;
  offset: number;
  length: number;
}

function endsBlock(doc: number, count: number): boolean {
  if (count >= maxBlock) return true;
  return count >= minBlock && (Math.imul(doc ^ (doc >>> 13), 0x5bd1e995) >>> 7 & cutMask) === 0;
}

/** The postings [from, to) of the index as one list (its first doc is written by the caller). */
export function encodePostings(index: InvertedIndex, from: number, to: number, writer: ByteWriter): void {
  encodePostingList(index.postingDocs.subarray(from, to), index.postingImpacts.subarray(from, to), writer);
}

function writeBlock(index: InvertedIndex, from: number, to: number, termKey: number, packer: Packer): BlockMeta {
  const writer = new ByteWriter();
  encodePostings(index, from, to, writer);
  const bytes = writer.result();
  const firstDoc = index.postingDocs[from];
  const place = packer.add(bytes, stringHash(`${termKey}:${firstDoc}`));
  let maxImpact = 0;
  for (let i = from; i < to; i++) maxImpact = Math.max(maxImpact, index.postingImpacts[i]);
  return { firstDoc, lastDoc: index.postingDocs[to - 1], count: to - from, maxImpact, file: place.file, offset: place.offset, length: bytes.length };
}

/** A term's blocks, each its postings' range [from, to) in the index, in doc order. */
export function* termBlocks(index: InvertedIndex, term: number): Generator<[from: number, to: number]> {
  const end = index.postingStart[term + 1];
  let from = index.postingStart[term];
  for (let i = from; i < end; i++) {
    if (i + 1 === end || endsBlock(index.postingDocs[i], i + 1 - from)) {
      yield [from, i + 1];
      from = i + 1;
    }
  }
}

/** Blocks of every term too big to sit in its dictionary entry, in index (term) order. */
export function writePostings(index: InvertedIndex, sortedTerms: Int32Array, terms: string[], packer: Packer): Map<number, BlockMeta[]> {
  const blocksByTerm = new Map<number, BlockMeta[]>();
  for (const term of sortedTerms) {
    const start = index.postingStart[term];
    const end = index.postingStart[term + 1];
    if (end - start <= inlinePostingsMax) continue;
    const termKey = stringHash(terms[term]);
    const blocks: BlockMeta[] = [];
    for (const [from, to] of termBlocks(index, term)) blocks.push(writeBlock(index, from, to, termKey, packer));
    blocksByTerm.set(term, blocks);
  }
  packer.close();
  return blocksByTerm;
}
