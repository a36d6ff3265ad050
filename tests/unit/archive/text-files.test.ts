import { linkSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeTextFile } from './text-file-reference.ts';
import { writeTextFiles } from '../../../src/archive/text-files.ts';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'fihris-text-files-')); });
afterAll(() => rm(dir, { recursive: true, force: true }));

// Enough rows for several 1 MB batches per file, so back-pressure and batching both happen.
function* rows(count: number): Generator<string[]> {
  for (let n = 0; n < count; n++) yield [`<record n="${n}">عنوان الكتاب ${n}</record>\n`, n % 3 === 0 ? '' : `{"n":${n}}\n`, `${n},"فهرس"\r\n`];
}

describe('writing several files in one pass', () => {
  test.each([
    { given: 'gzipped files', gzip: true },
    { given: 'plain files', gzip: false },
  ])('gives each file the bytes writeTextFile gives its pieces alone ($given)', async ({ gzip }) => {
    const together = [0, 1, 2].map((n) => ({ path: join(dir, `together-${gzip}-${n}`), gzip }));
    await writeTextFiles(together, rows(150_000));
    for (const [n, file] of together.entries()) {
      const alone = join(dir, `alone-${gzip}-${n}`);
      await writeTextFile(alone, function* () { for (const row of rows(150_000)) yield row[n]; }(), { gzip });
      expect(readFileSync(file.path).equals(readFileSync(alone))).toBe(true);
    }
  });

  test('keeps a piece longer than a whole batch intact, in its place', async () => {
    const long = 'مكتبة '.repeat(400_000);
    const pieces = ['<start/>', long, '<middle/>', long.toUpperCase(), '<end/>'];
    const path = join(dir, 'long.gz');
    await writeTextFiles([{ path, gzip: true }], pieces.map((piece) => [piece]));
    expect(gunzipSync(readFileSync(path)).toString('utf8')).toBe(pieces.join(''));
  });

  test('replaces a file already there instead of writing through its other names', async () => {
    const cached = join(dir, 'cached.csv');
    writeFileSync(cached, 'cached bytes');
    linkSync(cached, join(dir, 'linked.csv'));
    await writeTextFiles([{ path: join(dir, 'linked.csv'), gzip: false }], [['new bytes']]);
    expect(readFileSync(join(dir, 'linked.csv'), 'utf8')).toBe('new bytes');
    expect(readFileSync(cached, 'utf8')).toBe('cached bytes');
  });

  test('fails when a file cannot be written, after ending the others', async () => {
    const files = [{ path: join(dir, 'fine.csv'), gzip: false }, { path: join(dir, 'no-such-folder', 'x.csv'), gzip: true }];
    await expect(writeTextFiles(files, rows(10))).rejects.toThrow(/ENOENT/);
  });
});
