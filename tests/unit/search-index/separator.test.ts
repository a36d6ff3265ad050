/** Dictionary pages store, per chunk, the shortest prefix of its first term that sorts after the chunk before; root.json keeps binary lists as base64, and files and card tags are named in hex. */
import { describe, expect, test } from 'vitest';
import { bytesToHex, fromBase64, hexToBytes, separatorOf, toBase64 } from '../../../src/shared/search/fihris-index-format.ts';

describe('separatorOf', () => {
  test.each([
    { previousLast: 'تاج', first: 'تاريخ', want: 'تار' },
    { previousLast: 'a', first: 'b', want: 'b' },
    { previousLast: 'abc', first: 'abd', want: 'abd' },
    { previousLast: 'ab', first: 'abc', want: 'abc' },
    { previousLast: 'كتاب', first: 'مكتبة', want: 'م' },
    { previousLast: '', first: 'عمان', want: 'ع' },
    // 𝐀 is a surrogate pair: a separator never ends between its halves.
    { previousLast: 'x\ud835\udc00', first: 'x\ud835\udc01y', want: 'x\ud835\udc01' },
  ])('gives $want between $previousLast and $first', ({ previousLast, first, want }) => {
    const got = separatorOf(previousLast, first);
    expect(got).toBe(want);
    expect(got > previousLast && got <= first).toBe(true);
  });
});

describe('base64 for binary lists in root.json', () => {
  test.each([
    { bytes: [], want: '' },
    { bytes: [1], want: 'AQ' },
    { bytes: [1, 2], want: 'AQI' },
    { bytes: [1, 2, 3], want: 'AQID' },
    { bytes: [255, 254, 253, 0, 128], want: '//79AIA' },
  ])('writes $bytes as $want and reads it back', ({ bytes, want }) => {
    expect(toBase64(Uint8Array.from(bytes))).toBe(want);
    expect([...fromBase64(want)]).toEqual(bytes);
  });

  test.each(['AQ=', 'A', 'AQé', 'AQ\u{1F600}'])('rejects %j, which is not base64', (text) => {
    expect(() => fromBase64(text)).toThrow();
  });

  test('reads back every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => 255 - b);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});

describe('hex names of index files and card tags', () => {
  test('every byte value is two lower-case digits, and hexToBytes reads them back', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => b);
    const hex = bytesToHex(bytes);
    expect(hex).toMatch(/^[0-9a-f]{512}$/);
    expect(hex.slice(0, 6)).toBe('000102');
    const back: number[] = [];
    hexToBytes(hex, back);
    expect(back).toEqual([...bytes]);
  });
});
