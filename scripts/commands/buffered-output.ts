import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Encodes small strings straight into a buffer and writes it in pieces of `size` bytes,
 * waiting when the stream is full: one write per record made writing, not converting, the
 * slowest part of `fihris convert`. `write` returns a promise only when it had to flush, so
 * the caller's loop does not wait on a microtask for every record.
 */
export function createBufferedOutput(stream: Writable, size = 1 << 16) {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const chunk = buffer.subarray(0, used);
    // The stream keeps the chunk until it is written: the next bytes go into a new buffer.
    buffer = Buffer.allocUnsafe(size);
    used = 0;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  const write = (text: string): Promise<void> | undefined => {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (used + text.length * 3 > buffer.length) {
      if (used > 0) return flush().then(() => write(text));
      buffer = Buffer.allocUnsafe(text.length * 3);
    }
    used += buffer.write(text, used);
    return used >= size ? flush() : undefined;
  };
  return { write, flush };
}
