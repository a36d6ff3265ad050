import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLines } from '../../../src/ingest/emit/write-lines.ts';

let dir: string | undefined;
afterEach(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

async function written(lines: string[]): Promise<{ text: string; count: number }> {
  dir = await mkdtemp(join(tmpdir(), 'fihris-write-lines-'));
  const path = join(dir, 'out.jsonl');
  const count = await writeLines(path, lines);
  return { text: await readFile(path, 'utf8'), count };
}

describe('writeLines', () => {
  it('writes each line once, in order, each ended by a line break, across many batches', async () => {
    // Arabic lines of varied length: about 60,000 UTF-16 code units a batch cut at many places.
    const lines = Array.from({ length: 20_000 }, (_, n) => JSON.stringify({ n, title: 'تاريخ عُمان '.repeat(n % 13) }));
    const { text, count } = await written(lines);
    expect(count).toBe(20_000);
    expect(text).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  it('writes an empty file for no lines, and a last short batch', async () => {
    expect(await written([])).toEqual({ text: '', count: 0 });
    expect(await written(['{"a":1}', 'سطر'])).toEqual({ text: '{"a":1}\nسطر\n', count: 2 });
  });
});
