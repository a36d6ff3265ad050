import { describe, expect, test } from 'vitest';
import { decodeBlock } from '../../../src/client/search/fihris-index-entry.ts';
import { ByteWriter } from '../../../src/search-index/byte-writer.ts';
import { encodePostingList } from '../../../src/search-index/posting-list-encoder.ts';

function encoded(docs: number[], impacts: number[]): Uint8Array {
  const writer = new ByteWriter();
  encodePostingList(docs, impacts, writer);
  return writer.result();
}

function decoded(bytes: Uint8Array, docs: number[]): { docs: number[]; impacts: number[] } {
  return decodeBlock(bytes, { offset: 0, length: bytes.length, count: docs.length, firstDoc: docs[0] });
}

const ramp = (count: number, step: number, from = 0) => Array.from({ length: count }, (_, i) => from + i * step);

describe('a list of postings, written and read back', () => {
  const cases: { name: string; docs: number[]; impacts: number[] }[] = [
    { name: 'one posting', docs: [7], impacts: [200] },
    { name: 'neighbouring docs (every gap zero bits)', docs: ramp(40, 1, 1000), impacts: ramp(40, 0, 9) },
    { name: 'gaps as wide as a million-record doc space', docs: [0, 2 ** 21 - 3, 2 ** 31 - 2], impacts: [1, 2, 3] },
    { name: 'impacts 0 and 255', docs: [3, 4, 90], impacts: [255, 0, 255] },
    { name: 'sixteen impacts: a palette of 4-bit places', docs: ramp(64, 37), impacts: ramp(64, 1).map((i) => (i * 7) % 16 * 11) },
    { name: 'seventeen impacts: a byte each', docs: ramp(68, 37), impacts: ramp(68, 1).map((i) => (i * 7) % 17 * 13) },
    { name: 'five impacts: 3-bit places', docs: ramp(129, 113, 5), impacts: ramp(129, 1).map((i) => [12, 6, 200, 5, 31][i % 5]) },
  ];
  for (const { name, docs, impacts } of cases) {
    test(`keeps ${name}`, () => {
      expect(decoded(encoded(docs, impacts), docs)).toEqual({ docs, impacts });
    });
  }

  test('takes what the palette and bit widths promise: 2 + 5 + ceil((127 × 7 + 128 × 3) / 8) bytes for a block of five impacts and gaps under 128', () => {
    const docs = ramp(128, 100);
    const impacts = ramp(128, 1).map((i) => [5, 6, 12, 24, 48][i % 5]);
    // header varint 5 × 32 + 7 = 167 (two bytes), five palette bytes, then the bits
    expect(encoded(docs, impacts).length).toBe(2 + 5 + Math.ceil((127 * 7 + 128 * 3) / 8));
  });

  test('writes a single posting as its impact byte alone', () => {
    expect(encoded([123_456], [77])).toEqual(Uint8Array.of(77));
  });

  test('writes impacts as bytes where a palette would take more room', () => {
    // Four postings, four impacts: a two-byte header, a palette of four bytes and four 2-bit places
    // would take 7 bytes; a one-byte header and four impact bytes take 5.
    const docs = [1, 2, 3, 4];
    const bytes = encoded(docs, [9, 8, 7, 6]);
    expect(bytes[0]).toBe(0 * 32 + 0);
    expect(bytes.length).toBe(1 + 4);
  });

  test('fails a list cut short rather than reading past its end', () => {
    const docs = ramp(50, 300);
    const bytes = encoded(docs, ramp(50, 0, 4));
    expect(() => decodeBlock(bytes, { offset: 0, length: bytes.length - 1, count: docs.length, firstDoc: 0 })).toThrow(RangeError);
  });
});
