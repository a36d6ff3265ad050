import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Lines go to the stream in batches of about this many UTF-16 code units. One write a line
 * cost a buffer and a trip through the stream each: in a 300k build, allocating those buffers
 * beside a heap of several GB took 11.0 s of the main thread (a CPU profile of the build).
 */
const batchLength = 1 << 16;

/** Writes lines to a file through a stream, honouring back-pressure: memory stays flat. */
export async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  let batch = '';
  for (const line of lines) {
    batch += `${line}\n`;
    count += 1;
    if (batch.length >= batchLength) {
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
    }
  }
  if (batch) stream.write(batch);
  stream.end();
  await once(stream, 'finish');
  return count;
}
