import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIso2709Record } from '../../../src/ingest/emit/iso2709-writer.ts';
import { readDecodedRecords } from '../../../src/ingest/read-decoded-records.ts';
import { generateConsortium, type ConsortiumManifest } from '../../../scripts/bench/consortium-generator.ts';
import { createEdition } from '../../../scripts/bench/editions.ts';
import { fastUtf8Iso2709 } from '../../../scripts/bench/fast-iso2709-utf8.ts';
import { benchLibraries } from '../../../scripts/bench/consortium-libraries.ts';
import { createLexicon } from '../../../scripts/bench/lexicon.ts';
import { libraryRecord } from '../../../scripts/bench/library-record.ts';
import { seededDraw } from '../../../scripts/shared/seeded-random.ts';

const editions = 1500;
let first: string;
let second: string;
let manifest: ConsortiumManifest;

beforeAll(() => {
  first = mkdtempSync(join(tmpdir(), 'fihris-bench-a-'));
  second = mkdtempSync(join(tmpdir(), 'fihris-bench-b-'));
  manifest = generateConsortium({ editions, outDir: first, seed: 'test' });
  generateConsortium({ editions, outDir: second, seed: 'test' });
}, 60_000);

afterAll(() => {
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
    .sort();
}

describe('generateConsortium', () => {
  it('writes identical bytes for the same seed', () => {
    const files = filesUnder(first);
    expect(files).toEqual(filesUnder(second));
    for (const file of files) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  });

  it('writes different records for another seed', () => {
    const other = mkdtempSync(join(tmpdir(), 'fihris-bench-c-'));
    try {
      generateConsortium({ editions: 50, outDir: other, seed: 'another' });
      const generatedTitle = (dir: string) => readFileSync(join(dir, 'libraries', benchLibraries[0].code, 'catalogue.mrc')).subarray(0, 2000);
      expect(generatedTitle(other).equals(generatedTitle(first))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes files the project reads back with no errors, one record per truth line', async () => {
    const truthLines = readFileSync(join(first, 'truth.tsv'), 'utf8').trim().split('\n').length - 1;
    expect(truthLines).toBe(manifest.sourceRecords);
    for (const library of manifest.libraries) {
      const catalogueFile = {
        absolutePath: join(first, 'libraries', library.code, library.file),
        file: `libraries/${library.code}/${library.file}`,
        format: library.format === 'marcxml-852' ? 'marcxml' as const : 'iso2709' as const,
        encoding: library.format === 'marc8-852' ? 'marc-8' as const : 'auto' as const,
      };
      let read = 0;
      for await (const result of readDecodedRecords(catalogueFile, library.code)) {
        read++;
        expect(result.kind, `${library.code} #${read}`).toBe('record');
        expect(result.diagnostics.filter((d) => d.severity === 'error'), `${library.code} #${read}`).toEqual([]);
      }
      expect(read, library.code).toBe(library.records);
    }
  });

  it('gives each edition 1 to 8 holding libraries, most of them 1 or 2', () => {
    const rows = readFileSync(join(first, 'truth.tsv'), 'utf8').trim().split('\n').slice(1);
    const holders = new Map<string, number>();
    for (const row of rows) {
      const editionId = row.split('\t')[4];
      holders.set(editionId, (holders.get(editionId) ?? 0) + 1);
    }
    expect(holders.size).toBe(editions);
    const counts = [...holders.values()];
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(6);
    expect(counts.filter((c) => c <= 2).length / counts.length).toBeGreaterThan(0.6);
  });

  it('never gives two records the same control number, so no system number joins two libraries', () => {
    const controlNumbers = readFileSync(join(first, 'truth.tsv'), 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t')[3]);
    expect(new Set(controlNumbers).size).toBe(controlNumbers.length);
  });

  it('makes a few libraries large and many small', () => {
    const sizes = manifest.libraries.map((l) => l.records).sort((a, b) => b - a);
    expect(sizes).toHaveLength(36);
    expect(sizes[0]).toBeGreaterThan(10 * sizes[35]);
    const topThree = sizes[0] + sizes[1] + sizes[2];
    expect(topThree / manifest.sourceRecords).toBeGreaterThan(0.25);
  });

  it('writes about 15% of the records as MARC-8 and some as MARCXML', () => {
    const share = (format: string) => manifest.libraries.filter((l) => l.format === format).reduce((s, l) => s + l.records, 0) / manifest.sourceRecords;
    expect(share('marc8-852')).toBeGreaterThan(0.08);
    expect(share('marc8-852')).toBeLessThan(0.25);
    expect(share('marcxml-852')).toBeGreaterThan(0.02);
    const marc8 = manifest.libraries.find((l) => l.format === 'marc8-852')!;
    const bytes = readFileSync(join(first, 'libraries', marc8.code, marc8.file));
    expect(String.fromCharCode(bytes[9])).toBe(' ');
    expect(bytes.includes(0x1b)).toBe(true);
  });
});

describe('the generated records', () => {
  const lexicon = createLexicon('test');

  it('encode to the same bytes with the fast writer as with the project writer', () => {
    for (let n = 0; n < 300; n++) {
      const edition = createEdition('test', n, lexicon);
      const library = benchLibraries[n % 36];
      const record = libraryRecord(edition, library, n + 1, seededDraw(`w${n}`));
      expect(fastUtf8Iso2709(record).equals(writeIso2709Record(record)), edition.id).toBe(true);
    }
  });

  it('draw titles from a long tail of words, not a small vocabulary', () => {
    const words = new Set<string>();
    for (let n = 0; n < 3000; n++) for (const word of createEdition('test', n, lexicon).title.split(' ')) words.add(word);
    expect(words.size).toBeGreaterThan(4000);
  });

  it('are about 80% Arabic script', () => {
    const arabic = Array.from({ length: 2000 }, (_, n) => createEdition('test', n, lexicon)).filter((e) => e.script === 'arabic').length;
    expect(arabic / 2000).toBeGreaterThan(0.72);
    expect(arabic / 2000).toBeLessThan(0.88);
  });

  it('spell one edition differently in different libraries', () => {
    const titles = new Set<string>();
    const names = new Set<string>();
    for (let n = 0; n < 200; n++) {
      const edition = createEdition('test', n, lexicon);
      if (edition.script !== 'arabic' || !edition.authors.length || !/[أإة]/.test(edition.title)) continue;
      for (const library of benchLibraries) {
        const record = libraryRecord(edition, library, 1, seededDraw(`${n}:${library.code}`));
        for (const field of record.fields) {
          if (!('subfields' in field)) continue;
          if (field.tag === '245') titles.add(`${n}:${field.subfields[0].value.replace(/[ :/.]+$/, '')}`);
          if (field.tag === '100') names.add(`${n}:${field.subfields[0].value.includes('،')}`);
        }
      }
    }
    const editionsSeen = new Set([...titles].map((t) => t.split(':')[0]));
    expect(titles.size).toBeGreaterThan(editionsSeen.size * 2);
    expect([...names].filter((n) => n.endsWith('false')).length).toBeGreaterThan(0);
  });
});
