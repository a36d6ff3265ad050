/**
 * Finds MARC-in-JSON records in a byte stream: every top-level object (inside a top-level
 * array, one per line as JSON Lines, or a lone object) is one record. Tracks strings and
 * escapes so that a "{" inside a title does not count; never parses the whole file.
 */
import { ByteWindow } from './text-chunks.ts';

export interface JsonSlice {
  bytes: Uint8Array;
  byteOffset: number;
  /** 1-based line of the slice's first byte. */
  line: number;
  /** 'object' = a candidate record; 'junk' = bytes outside any object that are not [ ] , or blanks. */
  kind: 'object' | 'junk';
  /** False when the file ended inside the object. */
  closed: boolean;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

export async function* splitJsonRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<JsonSlice> {
  const window = new ByteWindow();
  let pos = 0;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let startLine = 0;
  let junkStart = -1;
  let junkLine = 0;
  const junk = (end: number): JsonSlice =>
    ({ bytes: window.copy(junkStart, end), byteOffset: junkStart, line: junkLine, kind: 'junk', closed: true });

  for await (const chunk of chunks) {
    window.append(chunk);
    const view = window.view();
    for (; pos < window.end; pos++) {
      const byte = view[pos - window.start];
      if (byte === NEWLINE) line++;
      if (depth > 0) {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
        } else if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE) depth++;
        else if (byte === CLOSE_BRACE && --depth === 0) {
          yield { bytes: window.copy(start, pos + 1), byteOffset: start, line: startLine, kind: 'object', closed: true };
          start = -1;
        }
      } else if (byte === OPEN_BRACE) {
        if (junkStart >= 0) yield junk(pos);
        junkStart = -1;
        depth = 1;
        start = pos;
        startLine = line;
      } else if (!isSeparator(byte) && junkStart < 0) {
        junkStart = pos;
        junkLine = line;
      }
    }
    window.discardBefore(Math.min(...[pos, start, junkStart].filter((offset) => offset >= 0)));
  }
  if (start >= 0) {
    yield { bytes: window.copy(start, window.end), byteOffset: start, line: startLine, kind: 'object', closed: false };
  }
  if (junkStart >= 0) yield junk(window.end);
}

/** Blanks, and the array punctuation around records. */
function isSeparator(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
    || byte === 0x5b || byte === 0x5d || byte === 0x2c || byte === 0xef || byte === 0xbb || byte === 0xbf;
}
