/**
 * The text readers against every third-party MARCXML / JSON / MRK sample: no exception,
 * every record accounted for, and files holding the same records agree.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import type { ReadResult } from '../../../src/ingest/marc/read-result.ts';
import { readMarcJsonFile } from '../../../src/ingest/parse/marc-json-reader.ts';
import { readMarcXmlFile } from '../../../src/ingest/parse/marcxml-reader.ts';
import { readMrkFile } from '../../../src/ingest/parse/mrk-reader.ts';
import { codes, collect, fileBytes, nfc, parseIso2709Utf8, records, samples, samplesPresent } from './text-test-helpers.ts';

const readers: Record<string, (path: string) => AsyncGenerator<ReadResult>> = {
  xml: readMarcXmlFile, json: readMarcJsonFile, mrk: readMrkFile,
};
const sampleFiles = samplesPresent
  ? readdirSync(samples, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(xml|json|mrk)$/.test(name) && !name.startsWith('reference'))
  : [];
const read = async (name: string) => collect(readers[name.split('.').pop()!](join(samples, name)));
/** Record-length and base-address digits differ between formats; the rest must not. */
const comparable = (record: MarcRecord) => ({ ...nfc(record), leader: record.leader.slice(5, 9) + record.leader.slice(10, 12) + record.leader.slice(17) });

describe.skipIf(!samplesPresent)('text readers on the third-party samples', () => {
  it.each(sampleFiles)('reads %s without throwing, numbering every record in order', async (name) => {
    const results = await read(name);
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.source.recordNumber)).toEqual(results.map((_, i) => i + 1));
    for (const result of results) {
      expect(result.raw.length).toBeGreaterThan(0);
      if (result.kind === 'rejected') expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('finds the 2 records of marc4js/collection in XML, JSON and MRK alike', async () => {
    const [xml, json, mrk] = await Promise.all(['xml', 'json', 'mrk'].map((ext) => read(`marc4js/collection.${ext}`)));
    expect(records(xml)).toHaveLength(2);
    expect(records(json).map(comparable)).toEqual(records(xml).map(comparable));
    expect(records(mrk).map(comparable)).toEqual(records(xml).map(comparable));
  });

  it('reads the same summerland record from MARCXML and MARC-in-JSON', async () => {
    const xml = records(await read('marc4j/summerland.xml'));
    expect(records(await read('marc4j/summerland-marc-in-json.json'))).toEqual(xml);
  });

  it('reads brkrtest.mrk field by field as brkrtest_UTF8.mrc holds it', async () => {
    const mrk = records(await read('marc4j/brkrtest.mrk')).map(comparable);
    const iso = parseIso2709Utf8(fileBytes(join(samples, 'marc4j/brkrtest_UTF8.mrc'))).map(comparable);
    expect(mrk).toHaveLength(8);
    // Deliberate difference: leader/09 (MARC-8 blank in MRK, 'a' in the UTF-8 file) is left out of `comparable`.
    expect(mrk).toEqual(iso);
  });

  it.each([
    { name: 'marc4j/chabon-missing-datafield-tag.xml', want: ['text.xml-unknown-element', 'text.tag-invalid'] },
    { name: 'marc4j/chabon-missing-subfield-code.xml', want: ['text.subfield-code-invalid'] },
    { name: 'marc4j/cruel-cruel-indicatorless-summerland.xml', want: ['text.indicator-invalid', 'text.indicator-invalid'] },
    { name: 'File_MARC/bad_leader.xml', want: ['text.leader-repaired'] },
    { name: 'pymarc/bad_tag.xml', want: ['text.leader-repaired', 'text.tag-invalid'] },
  ])('keeps the one record of $name and reports $want', async ({ name, want }) => {
    const [only, ...rest] = await read(name);
    expect(rest).toEqual([]);
    expect(only.kind).toBe('record');
    expect(codes(only)).toEqual(want);
  });

  it('keeps the first and third records of three-records-second-bad.xml and rejects the second with its bytes', async () => {
    const results = await read('ruby-marc/three-records-second-bad.xml');
    expect(results.map((r) => r.kind)).toEqual(['record', 'rejected', 'record']);
    expect(new TextDecoder().decode(results[1].raw)).toContain('code="\u0007"');
  });

  it('rejects illegal-marc-in-json.json with a diagnostic naming the line', async () => {
    const [only] = await read('marc4j/illegal-marc-in-json.json');
    expect(only.kind).toBe('rejected');
    expect(only.diagnostics[0]).toMatchObject({ code: 'text.json-malformed', line: 170 });
  });

  it('reads the Arabic of yaz/marc9 the same from MARCXML and MARC-in-JSON', async () => {
    const xml = records(await read('yaz/marc9.xml'));
    expect(JSON.stringify(xml)).toMatch(/[\u0600-\u06FF]{3}/);
    expect(records(await read('yaz/marc9.json')).map(comparable)).toEqual(xml.map(comparable));
  });
});
