/**
 * Byte-level plumbing shared by the text-format readers (MARCXML, MARC-in-JSON, MRK).
 * Records are found in BYTES and only a whole record's bytes are decoded: decoding a
 * stream chunk would cut a 2-byte Arabic letter in half at the chunk edge.
 */
import { createReadStream } from 'node:fs';

/** The chunks of a file, as read from disk (memory stays flat whatever the file size). */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    yield chunk as Uint8Array;
  }
}

/**
 * The not-yet-consumed tail of a byte stream. Positions are absolute file offsets, so a
 * reader can remember "the record started at byte N" while the window slides on.
 */
export class ByteWindow {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  /** Absolute file offset of buffer[0]. */
  private base = 0;

  /** Absolute offset one past the last byte received. */
  get end(): number {
    return this.base + this.length;
  }

  /** Absolute offset of the first byte still held. */
  get start(): number {
    return this.base;
  }

  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + chunk.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** The bytes held, starting at `start`: for fast scans with indexOf. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** The byte at an absolute offset (must be held). */
  at(offset: number): number {
    return this.buffer[offset - this.base];
  }

  /** A copy of the bytes [from, to) in absolute offsets: it survives later sliding. */
  copy(from: number, to: number): Uint8Array {
    return this.buffer.slice(from - this.base, to - this.base);
  }

  /** Forget every byte before this absolute offset. */
  discardBefore(offset: number): void {
    const drop = offset - this.base;
    if (drop <= 0) return;
    this.buffer.copyWithin(0, drop, this.length);
    this.length -= drop;
    this.base = offset;
    // Give back memory after one huge record has gone through.
    if (this.buffer.length > 1 << 22 && this.length < this.buffer.length / 8) {
      this.buffer = this.buffer.slice(0, Math.max(1 << 16, this.length * 2));
    }
  }
}

/** One line of a text file, its terminator removed, with where it was. */
export interface TextLine {
  /** The line's bytes without "\n" or "\r\n". */
  bytes: Uint8Array;
  /** 1-based line number. */
  line: number;
  byteOffset: number;
}

/** Lines of a byte stream, split on LF (a CR before it is dropped). */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<TextLine> {
  const window = new ByteWindow();
  let lineStart = 0;
  let scanned = 0;
  let line = 1;
  for await (const chunk of chunks) {
    window.append(chunk);
    for (; scanned < window.end; scanned++) {
      if (window.at(scanned) !== 0x0a) continue;
      yield { bytes: withoutCr(window.copy(lineStart, scanned)), line, byteOffset: lineStart };
      line++;
      lineStart = scanned + 1;
    }
    window.discardBefore(lineStart);
  }
  if (lineStart < window.end) {
    yield { bytes: withoutCr(window.copy(lineStart, window.end)), line, byteOffset: lineStart };
  }
}

function withoutCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: false });

/** UTF-8 text of a whole record; `valid` is false when bad bytes became U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), valid: false };
  }
}

/** Number of LF bytes in bytes[from, to): turns a byte position into a line number. */
export function countNewlines(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let count = 0;
  for (let i = from; i < to; i++) if (bytes[i] === 0x0a) count++;
  return count;
}
