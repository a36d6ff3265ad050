/**
 * Writes one list of postings (a block, a term's inline postings, its top postings) as the
 * browser's decodePostings() reads it (layout in fihris-index-format.ts): the doc-id gaps and the
 * impacts bit-packed, each impact as its place in the list's own palette of impacts.
 *
 * Why a palette: a term's impacts in one list take a few values (its field weights times a few
 * length classes). On the 100k benchmark's blocks, format 3's byte per impact and varint per gap
 * took 8.76 MB (impacts 4.06 MB); this layout takes 5.46 MB, 62%
 * (`node --max-old-space-size=8000 scripts/measure-posting-lists.ts`).
 */
import { paletteBits, paletteMax } from '../shared/search/fihris-index-format.ts';
import type { ByteWriter } from './byte-writer.ts';

/** Bits that hold every value up to this one (0 for 0). */
const bitsFor = (largest: number): number => 32 - Math.clz32(largest);

/** Appends whole numbers of a few bits each, lowest bit first, to a byte writer. */
class BitPacker {
  private pending = 0;
  private pendingBits = 0;
  private readonly writer: ByteWriter;
  constructor(writer: ByteWriter) {
    this.writer = writer;
  }
  put(value: number, bits: number): void {
    // At most 24 bits at a time, so that the pending bits stay within a 32-bit integer.
    if (bits > 24) {
      this.put(value % 2 ** 16, 16);
      return this.put(Math.floor(value / 2 ** 16), bits - 16);
    }
    this.pending |= value << this.pendingBits;
    this.pendingBits += bits;
    for (; this.pendingBits >= 8; this.pendingBits -= 8) {
      this.writer.byte(this.pending & 255);
      this.pending >>>= 8;
    }
  }
  flush(): void {
    if (this.pendingBits > 0) this.writer.byte(this.pending);
    this.pending = this.pendingBits = 0;
  }
}

/**
 * Docs ascending; the first is not written (the caller writes it where the list is named). A
 * single posting is its impact byte alone (most words are in one record). Otherwise a varint
 * header paletteSize * 32 + gapBits, the palette ascending, then the (count - 1) gaps minus one
 * and the count places in the palette, bit-packed; palette size 0 (impacts as bytes) where a
 * palette would take more bytes, or more than paletteMax values.
 */
export function encodePostingList(docs: ArrayLike<number>, impacts: ArrayLike<number>, writer: ByteWriter): void {
  if (docs.length === 1) return writer.byte(impacts[0]);
  let widestGap = 0;
  for (let i = 1; i < docs.length; i++) widestGap = Math.max(widestGap, docs[i] - docs[i - 1] - 1);
  const gapBits = bitsFor(widestGap);
  const palette = paletteOf(impacts);
  writer.varint(palette.length * 32 + gapBits);
  writer.bytes(palette);
  const bits = new BitPacker(writer);
  for (let i = 1; i < docs.length; i++) bits.put(docs[i] - docs[i - 1] - 1, gapBits);
  const placeBits = paletteBits(palette.length);
  palette.forEach((impact, i) => (placeOf[impact] = i));
  for (let i = 0; i < impacts.length; i++) bits.put(palette.length ? placeOf[impacts[i]] : impacts[i], placeBits);
  bits.flush();
}

/** Scratch tables (an index build encodes tens of millions of lists): an impact's place, and the list that last saw it. */
const placeOf = new Uint8Array(256);
const seenIn = new Int32Array(256);
let listNumber = 0;

/** The list's impacts ascending, or none when writing them as bytes takes no more room. */
function paletteOf(impacts: ArrayLike<number>): number[] {
  const distinct: number[] = [];
  listNumber++;
  for (let i = 0; i < impacts.length && distinct.length <= paletteMax; i++) {
    if (seenIn[impacts[i]] === listNumber) continue;
    seenIn[impacts[i]] = listNumber;
    distinct.push(impacts[i]);
  }
  if (distinct.length > paletteMax) return [];
  const headerByte = distinct.length >= 4 ? 1 : 0;
  const withPalette = headerByte + distinct.length + (impacts.length * paletteBits(distinct.length)) / 8;
  return withPalette < impacts.length ? distinct.sort((a, b) => a - b) : [];
}
