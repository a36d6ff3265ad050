import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { controlField, dataFields, type MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import type { ReadResult } from '../../../src/ingest/marc/read-result.ts';
import { readSpreadsheetCsv, readSpreadsheetCsvFile } from '../../../src/ingest/parse/spreadsheet-reader.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/spreadsheet/${name}`, import.meta.url));

async function readAll(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

function records(results: ReadResult[]): MarcRecord[] {
  return results.flatMap((r) => (r.kind === 'record' ? [r.record] : []));
}

function sub(record: MarcRecord, tag: string, code: string): string | undefined {
  return dataFields(record, tag)[0]?.subfields.find((s) => s.code === code)?.value;
}

/** Feeds the bytes in chunks of `size`, to split letters and the BOM between chunks. */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('readSpreadsheetCsv with Arabic headers', () => {
  it('reads a UTF-8 file with BOM into one record per non-empty row, skipping the empty row', async () => {
    const results = await readAll(readSpreadsheetCsvFile(fixture('arabic-utf8-bom.csv'), 'arabic-utf8-bom.csv'));
    expect(results.map((r) => [r.kind, r.source.recordNumber])).toEqual([['record', 1], ['record', 2], ['record', 3]]);
    const [first] = records(results);
    expect(controlField(first, '001')).toBe('B-001');
    expect(sub(first, '245', 'a')).toBe('سيدات القمر');
    expect(sub(first, '245', 'b')).toBe('رواية');
    expect(sub(first, '100', 'a')).toBe('الحارثي، جوخة');
    expect(sub(first, '260', 'b')).toBe('دار الآداب');
    expect(sub(first, '020', 'a')).toBe('978-9953-89-123-4');
    expect(dataFields(first, '852').map((f) => f.subfields.find((s) => s.code === 't')?.value)).toEqual(['1', '2']);
    expect(controlField(first, '008')).toHaveLength(40);
    expect(controlField(first, '008')?.slice(7, 11)).toBe('2010');
    expect(controlField(first, '008')?.slice(35, 38)).toBe('ara');
  });

  it('splits subjects on the Arabic semicolon into separate 650 fields', async () => {
    const results = await readAll(readSpreadsheetCsvFile(fixture('arabic-utf8-bom.csv')));
    const second = records(results)[1];
    expect(dataFields(second, '650').map((f) => f.subfields[0].value)).toEqual(['عمان -- تاريخ', 'الإباضية']);
  });

  it('takes the Gregorian year for 008 from a Hijri-only date in Arabic-Indic digits', async () => {
    const third = records(await readAll(readSpreadsheetCsvFile(fixture('arabic-utf8-bom.csv'))))[2];
    expect(sub(third, '260', 'c')).toBe('١٤٠٣ هـ');
    expect(controlField(third, '008')?.slice(7, 11)).toBe('1983');
    expect(dataFields(third, '700')[0].subfields[0].value).toBe('عامر، عبد المنعم');
  });

  it('gives the spreadsheet row as the line of a record after an empty row', async () => {
    const results = await readAll(readSpreadsheetCsvFile(fixture('arabic-utf8-bom.csv')));
    const third = results[2];
    expect(third.source.recordNumber).toBe(3);
    // Header is row 1, books on rows 2 and 3, the empty row 4, this book row 5.
    const reject = await readAll(readSpreadsheetCsvFile(fixture('row-without-title.csv')));
    expect(reject[1].diagnostics[0].line).toBe(3);
  });

  it('reads a Windows-1256 file to the same records, with a warning on the first', async () => {
    const utf8 = records(await readAll(readSpreadsheetCsvFile(fixture('arabic-utf8-bom.csv'))));
    const results = await readAll(readSpreadsheetCsvFile(fixture('arabic-windows-1256.csv'), 'legacy.csv'));
    const legacy = records(results);
    expect(legacy.map((r) => sub(r, '245', 'a'))).toEqual(utf8.map((r) => sub(r, '245', 'a')));
    expect(results[0].diagnostics.map((d) => d.code)).toEqual(['spreadsheet.read-as-windows-1256']);
    expect(results[1].diagnostics).toEqual([]);
  });

  it('reads the same file fed one byte at a time', async () => {
    const bytes = readFileSync(fixture('arabic-utf8-bom.csv'));
    const results = await readAll(readSpreadsheetCsv(chunked(bytes, 1), 'one-byte.csv'));
    expect(records(results).map((r) => sub(r, '245', 'a'))).toEqual(['سيدات القمر', 'عمان عبر التاريخ', 'الفتح المبين في سيرة السادة البوسعيديين']);
    expect(results[0].diagnostics).toEqual([]);
  });

  it('reads Excel\'s UTF-16 "Unicode Text" export (tab-separated, with BOM)', async () => {
    const text = 'العنوان\tالمؤلف\r\nنارنجة\tالحارثي، جوخة\r\n';
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(body.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const bytes = new Uint8Array([0xff, 0xfe, ...body]);
    const results = await readAll(readSpreadsheetCsv(chunked(bytes, 7), 'unicode.txt'));
    expect(records(results).map((r) => [sub(r, '245', 'a'), sub(r, '100', 'a')])).toEqual([['نارنجة', 'الحارثي، جوخة']]);
    expect(results[0].diagnostics.map((d) => d.code)).toEqual(['spreadsheet.read-as-utf-16']);
  });
});

describe('readSpreadsheetCsv with English headers', () => {
  it('maps English headers, splits other authors on ";" and reads the language name', async () => {
    const results = await readAll(readSpreadsheetCsvFile(fixture('english-headers.csv')));
    const [sands, celestial] = records(results);
    expect(sub(sands, '245', 'a')).toBe('Arabian sands');
    expect(controlField(sands, '008')?.slice(35, 38)).toBe('eng');
    expect(sub(celestial, '020', 'a')).toBe('9781912240166');
    expect(dataFields(celestial, '650').map((f) => f.subfields[0].value)).toEqual(['Oman -- Fiction', 'Families -- Fiction']);
    expect(sub(celestial, '852', 'h')).toBe('892.737 ALH');
    expect(dataFields(celestial, '852')).toHaveLength(3);
  });

  it('warns once about an unknown column, listing the accepted names', async () => {
    const results = await readAll(readSpreadsheetCsvFile(fixture('english-headers.csv'), 'english-headers.csv'));
    const warnings = results.flatMap((r) => r.diagnostics).filter((d) => d.code === 'spreadsheet.unknown-column');
    expect(warnings).toHaveLength(1);
    expect(formatDiagnostic(warnings[0], 'en')).toContain('The column "Notes" is not one Fihris knows; its values were ignored. Rename the column to one of: رقم التسجيلة / Record number، العنوان / Title،');
  });
});

describe('a row without a title', () => {
  it('is rejected with its row and column named, and the rows around it are kept', async () => {
    const results = await readAll(readSpreadsheetCsvFile(fixture('row-without-title.csv'), 'bahla.csv'));
    expect(results.map((r) => r.kind)).toEqual(['record', 'rejected', 'record']);
    const [diagnostic] = results[1].diagnostics;
    expect(diagnostic).toMatchObject({ code: 'spreadsheet.row-without-title', severity: 'error', recordNumber: 2, line: 3, tag: '245' });
    expect(formatDiagnostic(diagnostic, 'ar')).toBe('bahla.csv, تسجيلة 2, سطر 3, حقل 245: error: الصف 3 بلا عنوان في العمود «العنوان / Title»؛ فلم يُضف إلى الفهرس. اكتب عنوان الكتاب في الصف 3 من الجدول ثم ارفعه من جديد.');
    expect(formatDiagnostic(diagnostic, 'en')).toBe('bahla.csv, record 2, line 3, field 245: error: Row 3 has no title in the column "العنوان / Title"; the row was not added to the catalogue. Type the book\'s title in row 3 of the spreadsheet and upload it again.');
    expect(new TextDecoder().decode(results[1].raw)).toContain('الطائي، عبد الله بن محمد');
  });

  it('keeps a row whose copies are not a number, as one copy, with a warning', async () => {
    const bytes = new TextEncoder().encode('العنوان,عدد النسخ\nنارنجة,نسختان\n');
    const [result] = await readAll(readSpreadsheetCsv(chunked(bytes, 1000), 'copies.csv'));
    expect(result.kind).toBe('record');
    expect(result.kind === 'record' && sub(result.record, '852', 't')).toBe('1');
    expect(formatDiagnostic(result.diagnostics[0], 'en')).toContain('Row 2: the number of copies "نسختان" is not a whole number; 1 copy was assumed.');
  });
});
