import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeArchiveOutputs } from '../../../src/archive/archive-outputs.ts';
import { parseSha256Sums, sha256Text } from '../../../src/archive/checksums.ts';
import { readMarcXml } from '../../../src/ingest/parse/marcxml-reader.ts';
import { controlField, dataFields, type MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import type { IngestResult } from '../../../src/ingest/pipeline.ts';
import { ingestSample, sampleContentDir } from './sample-ingest.ts';

let ingest: IngestResult;
let outDir: string;
const dumps = () => join(outDir, 'data', 'dumps');
const log: string[] = [];

beforeAll(async () => {
  ingest = await ingestSample();
  outDir = await mkdtemp(join(tmpdir(), 'fihris-archive-'));
  await writeArchiveOutputs(outDir, ingest, { contentDir: sampleContentDir, siteUrl: 'https://catalogue.example.om/fihris', log: (l) => log.push(l) });
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

async function readMarcXmlGz(path: string): Promise<MarcRecord[]> {
  const records: MarcRecord[] = [];
  async function* chunks() { yield gunzipSync(readFileSync(path)); }
  for await (const result of readMarcXml(chunks(), path)) {
    expect(result.kind).toBe('record');
    if (result.kind === 'record') records.push(result.record);
  }
  return records;
}

const unionIdOf = (record: MarcRecord) => dataFields(record, '035').flatMap((f) => f.subfields).find((s) => s.value.startsWith('(FIHRIS)'))?.value.slice(8);

describe('bulk dumps', () => {
  test('the union MARCXML reads back with the MARCXML reader, one record per union record, 001 = permanent id', async () => {
    const records = await readMarcXmlGz(join(dumps(), 'union.marcxml.gz'));
    expect(records.map((r) => controlField(r, '001')).sort()).toEqual(ingest.unionRecords.map((r) => r.id).sort());
  });

  test('the union MARCXML has one 852 per holding, its $a the holding library', async () => {
    const records = await readMarcXmlGz(join(dumps(), 'union.marcxml.gz'));
    const byId = new Map(ingest.unionRecords.map((r) => [r.id, r]));
    for (const record of records) {
      const union = byId.get(controlField(record, '001')!)!;
      const libraries = dataFields(record, '852').map((f) => f.subfields.find((s) => s.code === 'a')?.value);
      expect(libraries).toEqual(union.holdings.map((h) => h.libraryCode));
    }
  });

  test('each library dump holds exactly that library\'s member records, each linked to its union id', async () => {
    for (const library of ingest.libraries.filter((l) => l.profile)) {
      const expected = ingest.unionRecords.flatMap((r) => r.members.filter((m) => m.libraryCode === library.code).map(() => r.id)).sort();
      const records = await readMarcXmlGz(join(dumps(), `${library.code}.marcxml.gz`));
      expect({ code: library.code, ids: records.map(unionIdOf).sort() }).toEqual({ code: library.code, ids: expected });
      expect(records.length).toBe(library.recordsAccepted);
      const lines = gunzipSync(readFileSync(join(dumps(), `${library.code}.jsonl.gz`))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.every((line) => line.libraryCode === library.code)).toBe(true);
      expect(lines.map((line) => line.id).sort()).toEqual(expected);
      const rows: Array<{ id: string }> = parseCsv(readFileSync(join(dumps(), `${library.code}.csv`)), { bom: true, columns: true });
      expect(rows.map((row) => row.id).sort()).toEqual(expected);
    }
  });

  test('the union JSONL names, for every MARC field, the library it came from', () => {
    const lines = gunzipSync(readFileSync(join(dumps(), 'union.jsonl.gz'))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(ingest.unionRecords.length);
    for (const line of lines) {
      expect(line.fieldSources).toHaveLength(line.marc.fields.length);
      const display = line.displayMember.libraryCode;
      expect(new Set(line.fieldSources)).toEqual(new Set(['fihris', display]));
      const tagsFrom = (source: string) => line.marc.fields.filter((_: unknown, i: number) => line.fieldSources[i] === source).map((f: object) => Object.keys(f)[0]);
      expect(tagsFrom('fihris')).toContain('001');
      expect(tagsFrom(display)).toContain('245');
      expect(line.url).toBe(`https://catalogue.example.om/fihris/r/${line.id}.html`);
    }
  });

  test('the union CSV has one row per union record with the holding libraries', () => {
    const rows = parseCsv(readFileSync(join(dumps(), 'union.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual(['id', 'url', 'title', 'authors', 'year', 'isbn', 'libraries']);
    expect(rows.map((r) => r.id).sort()).toEqual(ingest.unionRecords.map((r) => r.id).sort());
    const first = ingest.unionRecords[0];
    const row = rows.find((r) => r.id === first.id)!;
    expect(row.libraries.split(' ')).toEqual([...new Set(first.holdings.map((h) => h.libraryCode))].sort());
    expect(row.title.startsWith(first.description.title.proper)).toBe(true);
  });

  test('SHA256SUMS lists every dump with its true SHA-256', async () => {
    const sums = parseSha256Sums(readFileSync(join(dumps(), 'SHA256SUMS'), 'utf8'));
    const files = (await readdir(dumps())).filter((name) => name !== 'SHA256SUMS').sort();
    expect(sums.map((s) => s.path).sort()).toEqual(files);
    for (const { path, sha256 } of sums) expect(sha256Text(readFileSync(join(dumps(), path)))).toBe(sha256);
  });

  test.skipIf(spawnSync('sha256sum', ['--version']).status !== 0)('SHA256SUMS passes coreutils sha256sum -c', () => {
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dumps(), encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('gzip headers carry no time and no file name', () => {
    const header = readFileSync(join(dumps(), 'union.marcxml.gz')).subarray(0, 10);
    expect([...header.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(header[3] & 0x08).toBe(0); // FNAME flag
    expect(header.readUInt32LE(4)).toBe(0); // MTIME
  });
});

describe('harvest files', () => {
  test('logs what it wrote', () => {
    expect(log.join('\n')).toMatch(/sitemaps: \d+ pages in 1 sitemap file/);
    expect(log.join('\n')).toMatch(/OAI-PMH static repositories: 1 file/);
  });

  test('the sitemap index points at sitemaps that list every record page in both languages', () => {
    const index = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    expect(index).toContain('<loc>https://catalogue.example.om/fihris/sitemap-1.xml</loc>');
    const sitemap = readFileSync(join(outDir, 'sitemap-1.xml'), 'utf8');
    for (const record of ingest.unionRecords) {
      expect(sitemap).toContain(`<loc>https://catalogue.example.om/fihris/r/${record.id}.html</loc>`);
      expect(sitemap).toContain(`<loc>https://catalogue.example.om/fihris/en/r/${record.id}.html</loc>`);
    }
    expect(sitemap).toContain('<loc>https://catalogue.example.om/fihris/</loc>');
    expect(sitemap).toContain('<loc>https://catalogue.example.om/fihris/en/</loc>');
  });
});

describe('without a site URL', () => {
  test('writes the dumps but no sitemap or OAI file, and says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fihris-archive-nosite-'));
    const lines: string[] = [];
    await writeArchiveOutputs(dir, ingest, { contentDir: sampleContentDir, log: (l) => lines.push(l) });
    expect((await readdir(dir)).sort()).toEqual(['data']);
    expect(lines.join('\n')).toContain('no site URL (--site): sitemaps and OAI static repositories skipped');
    const rows = parseCsv(readFileSync(join(dir, 'data', 'dumps', 'union.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows[0].url).toMatch(/^r\/[a-z0-9]+\.html$/);
    await rm(dir, { recursive: true, force: true });
  });
});
