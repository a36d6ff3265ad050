import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Collects small strings and writes them in 64 KiB pieces, waiting when the stream is full:
 * one write per record made writing, not converting, the slowest part of `fihris convert`.
 */
export function createBufferedOutput(stream: Writable, size = 1 << 16) {
  let pending: string[] = [];
  let length = 0;
  const flush = async () => {
    if (length === 0) return;
    const chunk = pending.join('');
    pending = [];
    length = 0;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    async write(text: string): Promise<void> {
      pending.push(text);
      length += text.length;
      if (length >= size) await flush();
    },
    flush,
  };
}
