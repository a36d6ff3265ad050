import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBufferedOutput } from '../../../scripts/commands/buffered-output.ts';

/** Writes every piece as convert does, waiting only when asked, and returns what the stream received. */
async function writeAll(pieces: string[], size: number): Promise<{ text: string; chunks: number }> {
  const stream = new PassThrough({ highWaterMark: 8 });
  const received: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => received.push(chunk));
  const output = createBufferedOutput(stream, size);
  for (const piece of pieces) {
    const full = output.write(piece);
    if (full) await full;
  }
  await output.flush();
  return { text: Buffer.concat(received).toString('utf8'), chunks: received.length };
}

describe('createBufferedOutput', () => {
  const cases: { pieces: string[]; size: number; why: string }[] = [
    { pieces: ['<a>', 'تاريخ عمان', '</a>\n'], size: 16, why: 'Arabic across a buffer boundary' },
    { pieces: ['x'.repeat(100), 'مسقط'], size: 16, why: 'a piece larger than the buffer' },
    { pieces: Array.from({ length: 500 }, (_, n) => `<r n="${n}">نزوى 😀</r>`), size: 64, why: 'many pieces and a stream that asks to wait' },
    { pieces: [], size: 16, why: 'nothing at all' },
  ];
  for (const { pieces, size, why } of cases) {
    it(`writes exactly the UTF-8 of the pieces in order: ${why}`, async () => {
      expect((await writeAll(pieces, size)).text).toBe(pieces.join(''));
    });
  }

  it('writes in pieces of about the buffer size, not one per string', async () => {
    const { chunks } = await writeAll(Array.from({ length: 1000 }, () => 'abcd'), 1024);
    expect(chunks).toBeLessThanOrEqual(5);
  });
});
