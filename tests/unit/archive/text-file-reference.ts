/**
 * The one-file writer the dumps used before src/archive/text-files.ts, kept as the reference its
 * bytes are compared with: text streamed into a file, gzipped or not, in 1 MB batches.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const batchLength = 1 << 20;

export async function writeTextFile(path: string, pieces: Iterable<string>, options: { gzip: boolean }): Promise<void> {
  const input: Transform = options.gzip ? createGzip() : new PassThrough();
  const done = pipeline(input, createWriteStream(path));
  // One write per record would cost a trip to zlib's thread pool each: batch them.
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < batchLength) continue;
    if (!input.write(batch, 'utf8')) await once(input, 'drain');
    batch = '';
  }
  input.end(batch, 'utf8');
  await done;
}
