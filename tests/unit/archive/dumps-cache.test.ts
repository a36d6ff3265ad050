import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDumpsCache } from '../../../src/archive/dumps-cache.ts';

let dir: string;
const cacheDir = () => join(dir, 'cache');
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'fihris-dumps-cache-')); });
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes the named files into the work folder; returns name → path. */
function written(contents: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(contents).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return [name, join(dir, name)];
  }));
}

describe('the dumps cache', () => {
  test('finds nothing in a new cache', async () => {
    const cache = await openDumpsCache(cacheDir());
    expect(cache.lookup('k1', ['a.csv'])).toBeUndefined();
  });

  test('gives back the stored files under their names', async () => {
    const cache = await openDumpsCache(cacheDir());
    cache.store('k1', written({ 'a.csv': 'A', 'a.jsonl.gz': 'J' }));
    const found = (await openDumpsCache(cacheDir())).lookup('k1', ['a.csv', 'a.jsonl.gz']);
    expect([...found!.keys()]).toEqual(['a.csv', 'a.jsonl.gz']);
    expect(readFileSync(found!.get('a.jsonl.gz')!, 'utf8')).toBe('J');
  });

  test.each([
    { given: 'a file of the entry deleted', damage: (file: string) => rmSync(file) },
    { given: 'a file of the entry emptied', damage: (file: string) => writeFileSync(file, '') },
  ])('treats an entry with $given as a miss, and drops it', async ({ damage }) => {
    const cache = await openDumpsCache(cacheDir());
    cache.store('k1', written({ 'a.csv': 'A', 'a.jsonl.gz': 'J' }));
    damage(join(cacheDir(), 'k1', 'a.csv'));
    expect((await openDumpsCache(cacheDir())).lookup('k1', ['a.csv', 'a.jsonl.gz'])).toBeUndefined();
    expect(existsSync(join(cacheDir(), 'k1'))).toBe(false);
  });

  test('treats an entry lacking a name asked for as a miss', async () => {
    const cache = await openDumpsCache(cacheDir());
    cache.store('k1', written({ 'a.csv': 'A' }));
    expect((await openDumpsCache(cacheDir())).lookup('k1', ['a.csv', 'a.marcxml.gz'])).toBeUndefined();
  });

  test('prunes the entries this build did not look up or store', async () => {
    const first = await openDumpsCache(cacheDir());
    first.store('old', written({ 'a.csv': 'A' }));
    first.store('kept', written({ 'b.csv': 'B' }));
    const second = await openDumpsCache(cacheDir());
    second.lookup('kept', ['b.csv']);
    second.store('new', written({ 'c.csv': 'C' }));
    expect(await second.prune()).toBe(1);
    expect((await readdir(cacheDir())).sort()).toEqual(['kept', 'new']);
  });
});
