/**
 * The search index's worker keeps each record's collection between builds (search-index-cache.ts)
 * and takes the records whose staged line has not changed from there: the index and the
 * vocabulary must be byte for byte what a build without the cache writes, and a cache it
 * cannot trust (other code, damaged, cut short) must be passed over, not read.
 */
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unionJsonLines } from '../../../src/ingest/emit/union-jsonl.ts';
import { writeLines } from '../../../src/ingest/emit/write-lines.ts';
import { buildSearchIndexInWorker } from '../../../src/build/search-index-thread.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { redepositedRecords } from '../../fixtures/search-index/redeposited-records.ts';
import { filesWithBytes, scratchFolders } from '../../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-index-cache-');


async function staged(records: UnionRecord[]): Promise<string> {
  const file = join(scratch(), 'union.jsonl');
  await writeLines(file, unionJsonLines(records));
  return file;
}

/** The index and vocabulary a build without a cache writes. */
async function uncached(unionJsonl: string): Promise<Map<string, string>> {
  const out = scratch();
  await buildSearchIndexInWorker(unionJsonl, out, 'fihris');
  return filesWithBytes(out);
}

describe('the search index’s cache', () => {
  const { before, after } = redepositedRecords(500);
  const unchanged = after.filter((record) => before.includes(record)).length;

  test('a rebuild takes every unchanged record from it and writes what a build without it writes', async () => {
    const cache = scratch();
    const first = scratch();
    expect(await buildSearchIndexInWorker(await staged(before), first, 'fihris', cache)).toEqual({ recordsCarried: 0, recordsCollected: before.length });
    expect(readdirSync(cache)).toEqual(['collected.bin']);
    // A temporary file a stopped build left behind goes with the next write.
    writeFileSync(join(cache, 'collected.bin.999999.tmp'), 'half a file');
    const afterFile = await staged(after);
    const rebuilt = scratch();
    const summary = await buildSearchIndexInWorker(afterFile, rebuilt, 'fihris', cache);
    expect(summary).toEqual({ recordsCarried: unchanged, recordsCollected: after.length - unchanged });
    expect(summary.recordsCollected).toBeGreaterThan(0);
    const written = filesWithBytes(rebuilt);
    expect([...written.keys()]).toEqual(expect.arrayContaining(['/fihris-index/root.json', '/search/vocabulary.json']));
    expect(written).toEqual(await uncached(afterFile));
    // The cache now holds the rebuild's records: the same catalogue again is all carried.
    expect(await buildSearchIndexInWorker(afterFile, scratch(), 'fihris', cache)).toEqual({ recordsCarried: after.length, recordsCollected: 0 });
    expect(readdirSync(cache)).toEqual(['collected.bin']);
  }, 60_000);

  /**
   * Fills a cache from `before`, damages its file, then rebuilds `after` through it: every
   * record collected again, and the files a build without a cache writes.
   */
  async function expectPassedOver(damage: (file: string) => void): Promise<void> {
    const cache = scratch();
    await buildSearchIndexInWorker(await staged(before), scratch(), 'fihris', cache);
    damage(join(cache, 'collected.bin'));
    const afterFile = await staged(after);
    const rebuilt = scratch();
    expect(await buildSearchIndexInWorker(afterFile, rebuilt, 'fihris', cache)).toEqual({ recordsCarried: 0, recordsCollected: after.length });
    expect(filesWithBytes(rebuilt)).toEqual(await uncached(afterFile));
  }

  test('passes over a cache that other code wrote', async () => {
    await expectPassedOver((file) => {
      const bytes = readFileSync(file);
      const code = /"code":"([0-9a-f]{64})"/.exec(bytes.toString('latin1'))!;
      bytes.write('0'.repeat(64), code.index + '"code":"'.length, 'latin1');
      writeFileSync(file, bytes);
    });
  }, 60_000);

  test('passes over a cache with a damaged byte', async () => {
    await expectPassedOver((file) => {
      const bytes = readFileSync(file);
      // Inside the term numbers, the second array: a flipped bit there would carry wrong terms.
      bytes[(before.length + 1) * 4 + 40] ^= 0x01;
      writeFileSync(file, bytes);
    });
  }, 60_000);

  test('passes over a cache cut short', async () => {
    await expectPassedOver((file) => truncateSync(file, Math.floor(readFileSync(file).length / 2)));
  }, 60_000);
});
