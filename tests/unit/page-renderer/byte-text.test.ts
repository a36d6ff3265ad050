import { describe, expect, it } from 'vitest';
import { byteTextOf, byteTextOfBytes, bytesOfByteText, textOfByteText } from '../../../src/build/page-renderer/byte-text.ts';

describe('byte text', () => {
  it('holds each UTF-8 byte as one character', () => {
    expect(byteTextOf('ب')).toBe('\u00d8\u00a8');
    expect(byteTextOf('<p>ب</p>')).toHaveLength(9);
  });

  it('leaves ASCII as it is', () => {
    expect(byteTextOf('<a href="x">')).toBe('<a href="x">');
  });

  it('gives back the text and the bytes it was made from', () => {
    const text = 'فهرس الفقه الإسلامي ٠١٢ — café';
    const bytes = Buffer.from(text, 'utf8');
    expect(textOfByteText(byteTextOf(text))).toBe(text);
    expect(byteTextOfBytes(bytes)).toBe(byteTextOf(text));
    expect(bytesOfByteText(byteTextOf(text)).equals(bytes)).toBe(true);
  });

  it('reads a view into a larger buffer from where it starts', () => {
    const bytes = Buffer.from('xxبyy', 'utf8');
    expect(textOfByteText(byteTextOfBytes(bytes.subarray(2, 4)))).toBe('ب');
  });
});
