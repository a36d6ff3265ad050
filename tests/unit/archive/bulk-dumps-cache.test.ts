import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeArchiveOutputs } from '../../../src/archive/archive-outputs.ts';
import { writeBulkDumps, type DumpInput, type DumpsSummary } from '../../../src/archive/bulk-dumps.ts';
import { compareBytes } from '../../../src/archive/checksums.ts';
import { unionMarcRecord } from '../../../src/archive/union-marc.ts';
import { sourceRecordStoreOf } from '../../../src/ingest/marc/source-record-store.ts';
import type { IngestResult } from '../../../src/ingest/pipeline.ts';
import { sourceRecordKey } from '../../../src/ingest/pipeline.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import { ingestSample, sampleContentDir } from './sample-ingest.ts';

let ingest: IngestResult;
let work: string;
let input: DumpInput;
let libraryCodes: string[];
/** The library whose member the tests change: the first member's of the first record. */
let changedCode: string;

beforeAll(async () => {
  ingest = await ingestSample();
  work = await mkdtemp(join(tmpdir(), 'fihris-dumps-cache-'));
  const records = [...ingest.unionRecords].sort((a, b) => compareBytes(a.id, b.id));
  libraryCodes = ingest.libraries.flatMap((l) => (l.profile ? [l.code] : [])).sort(compareBytes);
  changedCode = records[0].members[0].libraryCode;
  input = {
    records, libraryCodes, sourceRecords: ingest.sourceRecords,
    unionMarc: (record) => unionMarcRecord(record, ingest.sourceRecords),
    recordUrl: (record) => `https://catalogue.example.om/${record.url}`,
  };
});
afterAll(() => rm(work, { recursive: true, force: true }));

let runs = 0;
/** Writes the dumps into a folder of their own; returns the folder and the summary. */
async function dumps(given: DumpInput, cacheDir?: string): Promise<{ dir: string; summary: DumpsSummary }> {
  const dir = join(work, `out-${runs++}`);
  return { dir, summary: await writeBulkDumps(dir, { ...given, cacheDir }) };
}

const bytesOf = (dir: string, name: string) => readFileSync(join(dir, name));

function expectSameFiles(dir: string, reference: string): void {
  expect(readdirSync(dir).sort()).toEqual(readdirSync(reference).sort());
  const differing = readdirSync(reference).filter((name) => !bytesOf(dir, name).equals(bytesOf(reference, name)));
  expect(differing).toEqual([]);
}

/** The input with the first member of the first record retitled: its library re-deposited a correction. */
function withRetitledMember(given: DumpInput): DumpInput {
  const [first, ...rest] = given.records;
  const [member, ...others] = first.members;
  const retitled = { ...member, description: { ...member.description, title: { ...member.description.title, proper: 'عنوان مصحح' } } };
  const changed: UnionRecord = { ...first, members: [retitled, ...others] };
  return { ...given, records: [changed, ...rest] };
}

const libraryFiles = (code: string) => [`${code}.marcxml.gz`, `${code}.jsonl.gz`, `${code}.csv`];

describe('the libraries\' dumps cache', () => {
  test('gives the same bytes with no cache, a cold cache and a warm cache', async () => {
    const cacheDir = join(work, 'cache-same');
    const none = await dumps(input);
    const cold = await dumps(input, cacheDir);
    const warm = await dumps(input, cacheDir);
    expectSameFiles(cold.dir, none.dir);
    expectSameFiles(warm.dir, none.dir);
    expect(none.summary.files).toHaveLength(3 + 3 * libraryCodes.length + 1);
  });

  test('writes every dump into a cold cache, and links every library\'s from a warm one', async () => {
    const cacheDir = join(work, 'cache-counts');
    expect((await dumps(input, cacheDir)).summary.fromCache).toBe(0);
    expect((await dumps(input, cacheDir)).summary.fromCache).toBe(3 * libraryCodes.length);
  });

  test('writes again the dumps of the library whose member changed, and takes the others from the cache', async () => {
    const cacheDir = join(work, 'cache-member');
    const before = await dumps(input, cacheDir);
    const changed = withRetitledMember(input);
    const after = await dumps(changed, cacheDir);
    expect(after.summary.fromCache).toBe(3 * (libraryCodes.length - 1));
    // The MARCXML is the source record as read: a member's description shows in the JSONL and CSV.
    const unchanged = libraryFiles(changedCode).filter((name) => bytesOf(after.dir, name).equals(bytesOf(before.dir, name)));
    expect(unchanged).toEqual([`${changedCode}.marcxml.gz`]);
    expectSameFiles(after.dir, (await dumps(changed)).dir);
  });

  test('writes again the dumps of the library whose source record changed, though its member did not', async () => {
    const cacheDir = join(work, 'cache-source');
    const before = await dumps(input, cacheDir);
    const key = sourceRecordKey(input.records[0].members[0]);
    const store = sourceRecordStoreOf([...ingest.sourceRecords].map(([k, record]) => [k, k === key
      ? { ...record, fields: [...record.fields, { tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'ملاحظة جديدة' }] }] }
      : record]));
    const after = await dumps({ ...input, sourceRecords: store }, cacheDir);
    expect(after.summary.fromCache).toBe(3 * (libraryCodes.length - 1));
    expect(bytesOf(after.dir, `${changedCode}.marcxml.gz`).equals(bytesOf(before.dir, `${changedCode}.marcxml.gz`))).toBe(false);
  });

  test('writes again a library\'s dumps whose cache entry lost a file, instead of trusting it', async () => {
    const cacheDir = join(work, 'cache-damaged');
    const none = await dumps(input);
    await dumps(input, cacheDir);
    const entry = readdirSync(cacheDir).find((key) => readdirSync(join(cacheDir, key)).includes(`${changedCode}.csv`))!;
    rmSync(join(cacheDir, entry, `${changedCode}.jsonl.gz`));
    const again = await dumps(input, cacheDir);
    expect(again.summary.fromCache).toBe(3 * (libraryCodes.length - 1));
    expectSameFiles(again.dir, none.dir);
    expect(readdirSync(join(cacheDir, entry)).sort()).toEqual(libraryFiles(changedCode).sort());
  });

  test('keeps one cache entry per library and per union part, dropping those no build asked for', async () => {
    const cacheDir = join(work, 'cache-pruned');
    await dumps(input, cacheDir);
    const after = await dumps(withRetitledMember(input), cacheDir);
    // The retitled record's library, and the union part that holds the record.
    expect(after.summary.pruned).toBe(2);
    expect(readdirSync(cacheDir)).toHaveLength(libraryCodes.length + after.summary.unionParts.parts);
  });

  test('is used by writeArchiveOutputs, which logs how many dumps it took from the cache', async () => {
    const lines: string[] = [];
    const options = { contentDir: sampleContentDir, dumpsCacheDir: join(work, 'cache-log'), log: (line: string) => lines.push(line) };
    await writeArchiveOutputs(join(work, 'archive-cold'), ingest, options);
    await writeArchiveOutputs(join(work, 'archive-warm'), ingest, options);
    const files = 3 + 3 * libraryCodes.length + 1;
    const parts = (await dumps(input)).summary.unionParts.parts;
    expect(lines.filter((line) => line.includes('bulk dumps'))).toEqual([
      `    bulk dumps: ${files} files in data/dumps/ (${files} written, 0 from the dumps cache; the union's from ${parts} parts, 0 of them cached)`,
      `    bulk dumps: ${files} files in data/dumps/ (4 written, ${files - 4} from the dumps cache; the union's from ${parts} parts, ${parts} of them cached)`,
    ]);
  });
});
