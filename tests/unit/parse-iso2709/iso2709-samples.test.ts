/**
 * The reader against the third-party MARC samples (../shared/samples, never copied into the
 * repository): every file reads to the end, the accounting rule holds, broken twins match
 * their clean versions, and where yaz-marcdump reads a file without complaint we agree with it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIso2709File } from '../../../src/ingest/parse/iso2709-reader.ts';
import type { RawIsoRecord, RejectedRecord } from '../../../src/ingest/marc/read-result.ts';
import { expectedRecordCount } from './iso2709-accounting.ts';
import { tagsOf, text } from './iso2709-builder.ts';

const samples = resolve(import.meta.dirname, '../../../../shared/samples');
const isoFiles = existsSync(samples)
  ? readdirSync(samples, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mrc|usmarc|dat|marc)$/.test(name)).sort()
  : [];

async function read(name: string): Promise<(RawIsoRecord | RejectedRecord)[]> {
  const results: (RawIsoRecord | RejectedRecord)[] = [];
  for await (const item of readIso2709File(join(samples, name), name)) results.push(item);
  return results;
}

function controlNumber(item: RawIsoRecord | RejectedRecord): string | undefined {
  const field = item.kind === 'raw-iso2709' ? item.fields.find((f) => f.tag === '001') : undefined;
  return field && text(field.bytes).trim();
}

describe.skipIf(isoFiles.length === 0)('readIso2709File on the sample files', () => {
  it.each(isoFiles)('reads %s to the end and accounts for every record', async (name) => {
    const started = Date.now();
    const results = await read(name);
    expect(results).toHaveLength(expectedRecordCount(readFileSync(join(samples, name))));
    expect(results.map((r) => r.source.recordNumber)).toEqual(results.map((_, i) => i + 1));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps all 383 records of pride-and-prejudice-with-many-errors, with the control numbers and fields of the fixed twin', async () => {
    const broken = await read('marc4j/pride-and-prejudice-with-many-errors.mrc');
    const fixed = await read('marc4j/pride-and-prejudice-fixed.mrc');
    const sortedTags = (r: RawIsoRecord | RejectedRecord) => tagsOf(r).sort().join(' ');
    expect(broken.filter((r) => r.kind === 'raw-iso2709')).toHaveLength(383);
    expect(broken.map(controlNumber)).toEqual(fixed.map(controlNumber));
    expect(broken.map(sortedTags)).toEqual(fixed.map(sortedTags));
  });

  it('reads cameleof.usmarc (0x1A between records) exactly as camel.usmarc', async () => {
    const strip = (r: RawIsoRecord | RejectedRecord) => r.kind === 'raw-iso2709' && r.fields.map((f) => [f.tag, text(f.bytes)]);
    const withEof = (await read('MARC-Record/cameleof.usmarc')).map(strip);
    expect(withEof).toHaveLength(10);
    expect(withEof).toEqual((await read('MARC-Record/camel.usmarc')).map(strip));
  });

  it('reads the 3 records of bad_too_long_plus_2.mrc (yaz reads none), warning about the first one\'s length', async () => {
    const results = await read('marc4j/bad_too_long_plus_2.mrc');
    expect(results.map((r) => r.kind)).toEqual(['raw-iso2709', 'raw-iso2709', 'raw-iso2709']);
    expect(results[0].diagnostics.map((d) => d.code)).toContain('iso2709.leader-length-mismatch');
    expect(results.map((r) => tagsOf(r).length)).toEqual([1517, 27, 23]);
  });

  it('recovers the tags after the oversized 520 in bad_oversize_field_bad_directory.mrc', async () => {
    const second = (await read('marc4j/bad_oversize_field_bad_directory.mrc'))[1];
    expect(tagsOf(second).slice(-3)).toEqual(['300', '520', '935']);
    expect(second.diagnostics).toMatchObject([{ code: 'iso2709.directory-broken', tag: '520' }]);
  });

  it('keeps bad_example2.mrc, whose leader lost 8 bytes, with the tags of its directory', async () => {
    const [record] = await read('File_MARC/bad_example2.mrc');
    expect(tagsOf(record).slice(0, 4)).toEqual(['010', '100', '101', '102']);
    expect(record.diagnostics[0]).toMatchObject({ code: 'iso2709.leader-length-mismatch', params: { declared: 1597, actual: 1589 } });
  });
});

function yazTags(path: string): string[][] | undefined {
  try {
    const complaints = execFileSync('yaz-marcdump', ['-n', path], { encoding: 'latin1', stdio: ['ignore', 'pipe', 'pipe'] });
    if (complaints.trim() !== '') return undefined;
    const lines = execFileSync('yaz-marcdump', ['-o', 'line', path], { encoding: 'latin1' }).split('\n');
    const records: string[][] = [];
    let current: string[] | undefined;
    for (const line of lines) {
      if (line === '') current = undefined;
      else if (current === undefined) records.push((current = []));
      else current.push(line.slice(0, 3));
    }
    return records;
  } catch {
    return undefined;
  }
}

const yazAvailable = (() => {
  try {
    execFileSync('yaz-marcdump', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(isoFiles.length === 0 || !yazAvailable)('readIso2709File against yaz-marcdump', () => {
  // yaz trusts the leader's record length; where it is wrong yaz can read cleanly yet wrongly.
  const yazMistakes = new Set([
    'marc4js/collection-error.mrc', // leader says 998 bytes for a 798-byte record: yaz merges 2 records into 1
  ]);
  const clean = isoFiles.filter((name) => !yazMistakes.has(name) && yazTags(join(samples, name)) !== undefined);

  it('has enough files that yaz reads cleanly to compare', () => {
    expect(clean.length).toBeGreaterThan(30);
  });

  it.each(clean)('reads %s with the same records and tags as yaz', async (name) => {
    const results = await read(name);
    expect(results.map(tagsOf)).toEqual(yazTags(join(samples, name)));
    expect(results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  });
});
