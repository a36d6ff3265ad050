/**
 * Reads the varint binary of the fihris index files. A read past the end throws a RangeError;
 * the fetch layer turns it into a "corrupt file" error for the reader.
 */
import { bytesToHex } from '../../shared/search/fihris-index-format.ts';

const decoder = new TextDecoder();

export class ByteReader {
  readonly bytes: Uint8Array;
  position: number;
  readonly end: number;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.position = start;
    this.end = end;
  }

  get done(): boolean {
    return this.position >= this.end;
  }

  byte(): number {
    if (this.position >= this.end) throw new RangeError('index file ends too early');
    return this.bytes[this.position++];
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
      if (scale > 2 ** 49) throw new RangeError('varint too long');
    }
  }

  slice(length: number): Uint8Array {
    if (this.position + length > this.end) throw new RangeError('index file ends too early');
    const part = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return part;
  }

  string(): string {
    return decoder.decode(this.slice(this.varint()));
  }

  hex(length: number): string {
    return bytesToHex(this.slice(length));
  }
}
