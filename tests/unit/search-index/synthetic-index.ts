/**
 * A synthetic catalogue's own index, built into a temporary folder, with the full scan of the same
 * records to check the engine against: what the tests that compare the engine with the scan at
 * some thousands of records start from.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { buildFihrisIndex } from '../../../src/search-index/build-index.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';
import { scanRecords, type BruteForce } from './brute-force.ts';

export interface SyntheticIndex {
  records: UnionRecord[];
  /** The index folder (the one holding root.json). */
  dir: string;
  scan: BruteForce;
  /** Deletes the index folder. */
  remove(): void;
}

/** @example const index = await buildSyntheticIndex({ records: 30_000, tailWords: 20_000 }, 'fihris-rare-'); … index.remove(); */
export async function buildSyntheticIndex(options: { records: number; tailWords: number }, folderPrefix: string): Promise<SyntheticIndex> {
  const records = [...syntheticUnionRecords(options)];
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  await buildFihrisIndex(records, { outDir: dir });
  return { records, dir, scan: await scanRecords(records), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
