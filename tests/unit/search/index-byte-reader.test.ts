/** The browser's reader of the index's binary files: varints, strings, hex names, and reads past the end. */
import { describe, expect, test } from 'vitest';
import { ByteReader } from '../../../src/client/search/fihris-index-bytes.ts';

describe('ByteReader', () => {
  test('reads hex names of every byte value, two digits each', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => b);
    const reader = new ByteReader(bytes);
    const hex = reader.hex(256);
    expect(hex).toHaveLength(512);
    expect(hex.slice(0, 6)).toBe('000102');
    expect(hex.slice(-4)).toBe('feff');
    expect(reader.done).toBe(true);
  });

  test('reads a hex name inside a file, then what follows it', () => {
    const reader = new ByteReader(Uint8Array.of(0x0a, 0xab, 0x0c, 0xd0, 0x96, 0x01), 1);
    expect(reader.hex(3)).toBe('ab0cd0');
    expect(reader.varint()).toBe(150);
  });

  test('a hex name cut short by the end of the file is a RangeError, not a short name', () => {
    expect(() => new ByteReader(Uint8Array.of(1, 2), 0, 2).hex(3)).toThrow(RangeError);
  });

  test('reads an Arabic string by its byte length', () => {
    const text = new TextEncoder().encode('مكتبة');
    const reader = new ByteReader(Uint8Array.of(text.length, ...text));
    expect(reader.string()).toBe('مكتبة');
  });
});
