import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { readMarcJson, readMarcJsonFile } from '../../../src/ingest/parse/marc-json-reader.ts';
import { codes, collect, fileBytes, fixtures, inChunks, records } from './text-test-helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const record = (id: string) => ({ leader: '00000nam a2200000 a 4500', fields: [{ '001': id }] });

describe('readMarcJson', () => {
  it.each([
    { form: 'a single object', text: JSON.stringify(record('a')), want: ['a'] },
    { form: 'an array', text: JSON.stringify([record('a'), record('b')], null, 2), want: ['a', 'b'] },
    { form: 'JSON Lines', text: `${JSON.stringify(record('a'))}\n${JSON.stringify(record('b'))}\n`, want: ['a', 'b'] },
  ])('reads $form', async ({ text, want }) => {
    const results = await collect(readMarcJson(inChunks(encode(text), 5), 'f.json'));
    expect(records(results).map((r) => (r.fields[0] as { value: string }).value)).toEqual(want);
  });

  it('does not split a record at a brace or an escaped quote inside a string', async () => {
    const tricky = { leader: '00000nam a2200000 a 4500', fields: [{ '245': { ind1: '0', ind2: '0', subfields: [{ a: '} "{ \\' }] } }] };
    const results = await collect(readMarcJson(inChunks(encode(JSON.stringify([tricky, tricky])), 1), 'f.json'));
    expect(records(results)).toEqual([
      { leader: tricky.leader, fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: '} "{ \\' }] }] },
      { leader: tricky.leader, fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: '} "{ \\' }] }] },
    ]);
  });

  it('keeps a record with a field of the wrong shape, leaves the field out and says so; rejects an unfinished object', async () => {
    const results = await collect(readMarcJsonFile(join(fixtures, 'records.jsonl'), 'r.jsonl'));
    expect(results.map((r) => r.kind)).toEqual(['record', 'record', 'rejected']);
    expect(records(results)[0].fields[1]).toEqual({ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'الكتاب {الأول}' }] });
    expect(codes(results[1])).toEqual(['text.json-field-malformed']);
    expect(describeDiagnostic(results[1].diagnostics[0], 'en').message)
      .toBe('Field number 3 of this MARC-in-JSON record has an unexpected shape and was left out: field 246 has no "subfields" array');
    expect(results[2].source).toEqual({ file: 'r.jsonl', recordNumber: 3, byteOffset: results[2].source.byteOffset });
    expect(results[2].diagnostics[0]).toMatchObject({ code: 'text.json-malformed', line: 3 });
    expect(new TextDecoder().decode(results[2].raw)).toMatch(/^\{"leader".*"3"\}\n$/);
  });

  it('rejects text outside any object instead of dropping it silently', async () => {
    const results = await collect(readMarcJson(inChunks(encode(`oops ${JSON.stringify(record('a'))}`), 3), 'f.json'));
    expect(results.map((r) => r.kind)).toEqual(['rejected', 'record']);
    expect(describeDiagnostic(results[0].diagnostics[0], 'ar').message)
      .toBe('هذه القيمة في JSON ليست تسجيلة MARC-in-JSON: "oops " is outside any object');
  });

  it('gives the same records from a 1-byte stream as from the whole file, Arabic included', async () => {
    const path = join(fixtures, 'records.jsonl');
    expect(await collect(readMarcJson(inChunks(fileBytes(path), 1), 'r'))).toEqual(await collect(readMarcJsonFile(path, 'r')));
  });
});
