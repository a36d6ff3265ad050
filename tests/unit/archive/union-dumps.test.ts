import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareBytes } from '../../../src/archive/checksums.ts';
import { openDumpsCache } from '../../../src/archive/dumps-cache.ts';
import { unionDumpNames, unionDumpParts, writeUnionDumps, type UnionDumpsInput, type UnionDumpsSummary } from '../../../src/archive/union-dumps.ts';
import { unionMarcRecord } from '../../../src/archive/union-marc.ts';
import type { IngestResult } from '../../../src/ingest/pipeline.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { ingestSample } from './sample-ingest.ts';

let ingest: IngestResult;
let work: string;
let input: UnionDumpsInput;
/** Few records a part, so that the sample's records make many parts. */
const recordsPerPart = 4;

beforeAll(async () => {
  ingest = await ingestSample();
  work = await mkdtemp(join(tmpdir(), 'fihris-union-dumps-'));
  input = {
    records: [...ingest.unionRecords].sort((a, b) => compareBytes(a.id, b.id)),
    sourceRecords: ingest.sourceRecords,
    unionMarc: (record) => unionMarcRecord(record, ingest.sourceRecords),
    recordUrl: (record) => `https://catalogue.example.om/${record.url}`,
    recordsPerPart,
  };
});
afterAll(() => rm(work, { recursive: true, force: true }));

let runs = 0;
/** Writes the union's dumps into a folder of their own, with the cache in `cacheDir` if given. */
async function dumps(given: UnionDumpsInput, cacheDir?: string): Promise<{ dir: string; summary: UnionDumpsSummary }> {
  const dir = join(work, `out-${runs++}`);
  await mkdir(dir);
  const cache = cacheDir ? await openDumpsCache(cacheDir) : undefined;
  return { dir, summary: await writeUnionDumps(dir, { ...given, cache }) };
}

const bytesOf = (dir: string, name: string) => readFileSync(join(dir, name));

function expectSameFiles(dir: string, reference: string): void {
  expect(unionDumpNames.filter((name) => !bytesOf(dir, name).equals(bytesOf(reference, name)))).toEqual([]);
}

/** The input with one record's title corrected: a library re-deposited it. */
function withRetitled(given: UnionDumpsInput, at: number): UnionDumpsInput {
  const records = [...given.records];
  const record = records[at];
  records[at] = { ...record, description: { ...record.description, title: { ...record.description.title, proper: 'عنوان مصحح' } } };
  return { ...given, records };
}

const ids = (records: UnionRecord[]) => records.map((r) => r.id);

describe('the union\'s dumps, made in parts', () => {
  test('the parts hold every record once, in order, and each but the last ends where a record\'s id says', () => {
    const parts = unionDumpParts(input.records, recordsPerPart);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.flat().map((r) => r.id)).toEqual(ids(input.records));
    // Ends are the records' own: the same records cut with the first one gone end at the same records.
    const ends = new Set(parts.slice(0, -1).map((part) => part.at(-1)!.id));
    const without = unionDumpParts(input.records.slice(1), recordsPerPart);
    expect(new Set(without.slice(0, -1).map((part) => part.at(-1)!.id))).toEqual(new Set([...ends].filter((id) => id !== input.records[0].id)));
  });

  test.skipIf(spawnSync('gzip', ['--version']).status !== 0)('hold the same text however they are cut, read as one stream by gzip and by Node', async () => {
    const many = await dumps(input);
    const one = await dumps({ ...input, recordsPerPart: 2 ** 32 });
    expect(one.summary.parts).toBe(1);
    expect(many.summary.parts).toBeGreaterThan(3);
    for (const name of ['union.marcxml.gz', 'union.jsonl.gz']) {
      const text = gunzipSync(bytesOf(many.dir, name)).toString('utf8');
      expect(text).toBe(gunzipSync(bytesOf(one.dir, name)).toString('utf8'));
      const gzip = spawnSync('gzip', ['-dc', join(many.dir, name)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(gzip.status).toBe(0);
      expect(gzip.stdout).toBe(text);
    }
    expect(bytesOf(many.dir, 'union.csv').equals(bytesOf(one.dir, 'union.csv'))).toBe(true);
    const lines = gunzipSync(bytesOf(many.dir, 'union.jsonl.gz')).toString('utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(ids(input.records));
    const marcXml = gunzipSync(bytesOf(many.dir, 'union.marcxml.gz')).toString('utf8');
    expect(marcXml.match(/<marc:record>/g)).toHaveLength(input.records.length);
    expect(marcXml.trimEnd().endsWith('</marc:collection>')).toBe(true);
  });

  test('a changed record makes its own part again, the others come from the cache, and the files are those made without one', async () => {
    const cacheDir = join(work, 'cache-changed');
    const cold = await dumps(input, cacheDir);
    expect(cold.summary.fromCache).toBe(0);
    const warm = await dumps(input, cacheDir);
    expect(warm.summary.fromCache).toBe(warm.summary.parts);
    expectSameFiles(warm.dir, cold.dir);
    const changed = withRetitled(input, Math.floor(input.records.length / 2));
    const after = await dumps(changed, cacheDir);
    expect(after.summary.fromCache).toBe(after.summary.parts - 1);
    expectSameFiles(after.dir, (await dumps(changed)).dir);
    expect(bytesOf(after.dir, 'union.csv').equals(bytesOf(cold.dir, 'union.csv'))).toBe(false);
  });

  test('a withdrawn record changes its own part only: the parts after it begin where they did', async () => {
    const cacheDir = join(work, 'cache-withdrawn');
    const before = await dumps(input, cacheDir);
    // A record that does not end its part, past the first part.
    const parts = unionDumpParts(input.records, recordsPerPart);
    const part = parts.findIndex((p, n) => n > 0 && p.length > 1);
    const gone = parts[part][0];
    const withdrawn = { ...input, records: input.records.filter((r) => r !== gone) };
    const after = await dumps(withdrawn, cacheDir);
    expect(after.summary.parts).toBe(before.summary.parts);
    expect(after.summary.fromCache).toBe(before.summary.parts - 1);
    expectSameFiles(after.dir, (await dumps(withdrawn)).dir);
  });

  test('other union MARC settings (a library\'s holdings tag) make every part again', async () => {
    const cacheDir = join(work, 'cache-settings');
    await dumps(input, cacheDir);
    const after = await dumps({ ...input, unionMarcSettings: [['lib', '949']] }, cacheDir);
    expect(after.summary.fromCache).toBe(0);
  });
});
