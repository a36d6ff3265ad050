/** Growable byte buffer with the varint encoding the browser's ByteReader decodes. */
const encoder = new TextEncoder();

export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  byte(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value;
  }

  varint(value: number): void {
    if (!(value >= 0) || !Number.isInteger(value)) throw new Error(`varint takes a whole number ≥ 0, got ${value}`);
    this.room(8);
    while (value >= 0x80) {
      this.buffer[this.length++] = (value % 128) | 0x80;
      value = Math.floor(value / 128);
    }
    this.buffer[this.length++] = value;
  }

  bytes(values: ArrayLike<number>): void {
    this.room(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  string(text: string): void {
    const encoded = encoder.encode(text);
    this.varint(encoded.length);
    this.bytes(encoded);
  }

  hex(hash: string): void {
    this.room(hash.length / 2);
    for (let i = 0; i < hash.length; i += 2) this.buffer[this.length++] = parseInt(hash.slice(i, i + 2), 16);
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
