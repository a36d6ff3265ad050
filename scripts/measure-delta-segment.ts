/**
 * What a delta segment would write after one library re-deposits (the design for issue 9's
 * updates, not built): the index of only the records the re-deposit changed or added, beside
 * the full index of the consortium before it. A lower bound: the segment would also carry
 * tombstones and the touched terms' corrected counts. Over the index benchmark's synthetic
 * records and its re-deposit (tests/fixtures/search-index/redeposit.ts).
 *   node --max-old-space-size=4096 scripts/measure-delta-segment.ts [records]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnionRecord } from '../src/shared/catalog-schema.ts';
import { buildFihrisIndex } from '../src/search-index/build-index.ts';
import { redeposit } from '../tests/fixtures/search-index/redeposit.ts';
import { syntheticUnionRecords } from '../tests/fixtures/search-index/synthetic-union-records.ts';

const records = Number(process.argv[2] ?? 100_000);
const options = { records, tailWords: Math.round(records / 2) };
const before = new Map<string, string>();
for (const record of syntheticUnionRecords(options)) before.set(record.id, JSON.stringify(record));
const changed: UnionRecord[] = [];
const kept = new Set<string>();
for (const record of redeposit(options)) {
  kept.add(record.id);
  if (before.get(record.id) !== JSON.stringify(record)) changed.push(record);
}
const gone = [...before.keys()].filter((id) => !kept.has(id)).length;

const scratch = await mkdtemp(join(tmpdir(), 'fihris-delta-'));
try {
  const base = await buildFihrisIndex(syntheticUnionRecords(options), { outDir: join(scratch, 'base') });
  const delta = await buildFihrisIndex(changed, { outDir: join(scratch, 'delta') });
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  console.log(`${records} records; the re-deposit changes or adds ${changed.length} and withdraws ${gone}`);
  console.log(`base index: ${base.files} files, ${(base.bytes / 1e6).toFixed(1)} MB`);
  console.log(`delta segment of the changed records: ${delta.files} files (${percent(delta.files, base.files)} of the base's), ${(delta.bytes / 1e6).toFixed(1)} MB (${percent(delta.bytes, base.bytes)})`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
