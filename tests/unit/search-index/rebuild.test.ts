/**
 * A rebuild into the folder of an earlier build: files it would write again stay as they are,
 * files nothing names any more go, and the folder ends up as a fresh build would be.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';
import { scratchFolders } from '../../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-rebuild-');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

describe('rebuilding into an earlier build’s folder', () => {
  test('leaves the folder as a fresh build leaves an empty one', async () => {
    const reused = scratch();
    const fresh = scratch();
    await buildFihrisIndex(syntheticUnionRecords({ records: 1500, tailWords: 1000 }), { outDir: reused });
    const smaller = () => syntheticUnionRecords({ records: 1200, tailWords: 1000 });
    await buildFihrisIndex(smaller(), { outDir: reused });
    await buildFihrisIndex(smaller(), { outDir: fresh });
    expect(filesIn(reused)).toEqual(filesIn(fresh));
  }, 60_000);

  test('does not write again a postings file whose name it already has', async () => {
    const dir = scratch();
    await buildFihrisIndex(syntheticUnionRecords({ records: 1500, tailWords: 1000 }), { outDir: dir });
    const postings = filesIn(dir).filter((name) => name.startsWith('p/'));
    const before = new Map(postings.map((name) => [name, statSync(join(dir, name)).mtimeMs]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await buildFihrisIndex(syntheticUnionRecords({ records: 1500, tailWords: 1000 }), { outDir: dir });
    expect(postings.filter((name) => statSync(join(dir, name)).mtimeMs !== before.get(name))).toEqual([]);
  }, 60_000);
});
