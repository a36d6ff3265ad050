import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { dataFields, controlField } from '../../../src/ingest/marc/marc-record.ts';
import { readMarcXml, readMarcXmlFile } from '../../../src/ingest/parse/marcxml-reader.ts';
import { codes, collect, fileBytes, fixtures, inChunks, records } from './text-test-helpers.ts';

const oai = join(fixtures, 'oai-pmh-namespaced.xml');

describe('readMarcXml', () => {
  it('reads the MARC records inside OAI-PMH wrappers and skips a deleted header-only record', async () => {
    const results = await collect(readMarcXmlFile(oai, 'oai.xml'));
    expect(results.map((r) => r.kind)).toEqual(['record', 'record']);
    expect(records(results).map((r) => controlField(r, '001'))).toEqual(['1', '3']);
  });

  it('decodes entities, numeric character references and CDATA, keeping Arabic intact', async () => {
    const [first] = records(await collect(readMarcXmlFile(oai, 'oai.xml')));
    const [title] = dataFields(first, '245');
    expect(title).toMatchObject({ ind1: '1', ind2: '0' });
    expect(title.subfields).toEqual([
      { code: 'a', value: 'تاريخ عُمان' },
      { code: 'c', value: 'Fish & Chips <b> مل <script>' },
    ]);
  });

  it('gives each record its number, the byte offset of its start tag and its line', async () => {
    const results = await collect(readMarcXmlFile(oai, 'oai.xml'));
    const text = new TextDecoder().decode(fileBytes(oai));
    const bytesBefore = (needle: string) => new TextEncoder().encode(text.slice(0, text.indexOf(needle))).length;
    expect(results[0].source).toEqual({ file: 'oai.xml', recordNumber: 1, byteOffset: bytesBefore('<marc:record') });
    expect(results[1].source.byteOffset).toBe(bytesBefore('<record xmlns="http://www.loc.gov/MARC21/slim"'));
  });

  it.each([1, 13])('gives the same records when the file arrives in %i-byte chunks', async (size) => {
    const whole = await collect(readMarcXmlFile(oai, 'oai.xml'));
    const chunked = await collect(readMarcXml(inChunks(fileBytes(oai), size), 'oai.xml'));
    expect(chunked).toEqual(whole);
  });

  it('keeps the records around a malformed one and rejects it with its own bytes', async () => {
    const results = await collect(readMarcXmlFile(join(fixtures, 'middle-record-broken.xml'), 'broken.xml'));
    expect(results.map((r) => r.kind)).toEqual(['record', 'rejected', 'record']);
    const rejected = results[1];
    expect(new TextDecoder().decode(rejected.raw)).toMatch(/^<record>[\s\S]*second[\s\S]*<\/record>$/);
    expect(codes(rejected)).toEqual(['text.xml-malformed']);
    expect(rejected.diagnostics[0].line).toBe(9);
  });

  it('rejects a record cut off by the end of the file and keeps the one before', async () => {
    const results = await collect(readMarcXmlFile(join(fixtures, 'truncated.xml'), 'cut.xml'));
    expect(results.map((r) => r.kind)).toEqual(['record', 'rejected']);
    expect(codes(results[1])).toEqual(['text.xml-record-unclosed']);
    const byteOffset = new TextDecoder().decode(fileBytes(join(fixtures, 'truncated.xml'))).lastIndexOf('<record>');
    expect(formatDiagnostic(results[1].diagnostics[0], 'en')).toBe(
      `cut.xml, record 2, line 6, byte ${byteOffset}: error: A MARCXML record starts here but is never closed with </record>. `
      + 'The file was probably cut short: copy or export it again in full.');
  });

  it('never throws on bytes that are not XML at all', async () => {
    const garbage = new TextEncoder().encode('<record><<<&&& \u0000 </record><record>oops');
    const results = await collect(readMarcXml(inChunks(garbage, 7), 'junk.xml'));
    expect(results.every((r) => r.kind === 'rejected')).toBe(true);
    expect(results).toHaveLength(2);
  });
});
