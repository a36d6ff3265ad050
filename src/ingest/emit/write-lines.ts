import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes lines to a file through a stream, honouring back-pressure: memory stays flat. */
export async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  for (const line of lines) {
    if (!stream.write(`${line}\n`)) await once(stream, 'drain');
    count += 1;
  }
  stream.end();
  await once(stream, 'finish');
  return count;
}
