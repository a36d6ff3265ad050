import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { eachUnionRecord, loadSiteData } from '../../../src/site/site-data.ts';

const fixture = fileURLToPath(new URL('../../fixtures/site/', import.meta.url));

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture folder with one file replaced (deleted after the tests). */
function fixtureWith(file: 'union.jsonl' | 'libraries.json', text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fihris-site-data-test-'));
  copies.push(dir);
  for (const name of ['union.jsonl', 'libraries.json']) {
    writeFileSync(join(dir, name), name === file ? text : readFileSync(join(fixture, name)));
  }
  return dir;
}

describe('loadSiteData', () => {
  it('reads every union record and library of the fixture', () => {
    const data = loadSiteData(fixture);
    expect(data.records.map((r) => r.id)).toEqual(['a1b2c3', 'd4e5f6', 'g7h8i9', 'j1k2l3', 'xss001', 'm4n5o6', 'p7q8r9', 's1t2u3']);
    expect(data.libraries.map((l) => l.code)).toEqual(['squ-main', 'nizwa-public', 'heritage-ministry']);
  });

  it('lists a record shared by two libraries under both of them', () => {
    const data = loadSiteData(fixture);
    expect(data.recordsByLibrary.get('squ-main')!.map((r) => r.id)).toContain('a1b2c3');
    expect(data.recordsByLibrary.get('nizwa-public')!.map((r) => r.id)).toContain('a1b2c3');
  });

  it('reads the folder once and serves the cached data after that', () => {
    expect(loadSiteData(fixture)).toBe(loadSiteData(fixture));
  });

  it('says which line is wrong when a union record breaks the schema', () => {
    const lines = readFileSync(join(fixture, 'union.jsonl'), 'utf8').split('\n');
    lines[1] = JSON.stringify({ ...JSON.parse(lines[1]), id: 'Not-An-Id' });
    const dir = fixtureWith('union.jsonl', lines.join('\n'));
    expect(() => loadSiteData(dir)).toThrow(/union\.jsonl:2: not a valid union record[\s\S]*id/);
  });

  it('says which line is not JSON', () => {
    const dir = fixtureWith('union.jsonl', '{"id": \n');
    expect(() => loadSiteData(dir)).toThrow(/union\.jsonl:1: not valid JSON/);
  });

  it('refuses a library without its counts', () => {
    const libraries = JSON.parse(readFileSync(join(fixture, 'libraries.json'), 'utf8'));
    delete libraries[0].recordCount;
    const dir = fixtureWith('libraries.json', JSON.stringify(libraries));
    expect(() => loadSiteData(dir)).toThrow(/libraries\.json: not a valid list of libraries[\s\S]*recordCount/);
  });

  it('refuses a record held by a library that libraries.json does not list', () => {
    const lines = readFileSync(join(fixture, 'union.jsonl'), 'utf8').split('\n');
    const record = JSON.parse(lines[0]);
    record.holdings[0].libraryCode = 'ghost-library';
    lines[0] = JSON.stringify(record);
    expect(() => loadSiteData(fixtureWith('union.jsonl', lines.join('\n')))).toThrow(/names library "ghost-library"/);
  });

  it('tells how to fix a missing data folder setting', () => {
    expect(() => loadSiteData('')).toThrow('FIHRIS_SITE_DATA is not set');
  });
});

describe('eachUnionRecord', () => {
  const file = join(fixture, 'union.jsonl');
  const wanted = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line).id);

  it('reads the same records whatever the chunk size, lines and Arabic letters cut across chunks', () => {
    for (const chunkBytes of [1, 7, 64, 4096, 1 << 22]) {
      expect([...eachUnionRecord(file, chunkBytes)].map((record) => record.id)).toEqual(wanted);
    }
  });

  it('reads a last line without its newline, skips blank lines, and counts lines in its messages', () => {
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
    const dir = fixtureWith('union.jsonl', [lines[0], '', lines[1], '{"id": '].join('\n'));
    const read: string[] = [];
    expect(() => { for (const record of eachUnionRecord(join(dir, 'union.jsonl'), 5)) read.push(record.id); }).toThrow(/union\.jsonl:4: not valid JSON/);
    expect(read).toEqual(wanted.slice(0, 2));
  });
});
