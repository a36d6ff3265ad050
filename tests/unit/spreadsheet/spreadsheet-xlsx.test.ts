import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { controlField, dataFields } from '../../../src/ingest/marc/marc-record.ts';
import type { ReadResult } from '../../../src/ingest/marc/read-result.ts';
import { readSpreadsheetCsvFile, readSpreadsheetXlsxFile } from '../../../src/ingest/parse/spreadsheet-reader.ts';

const template = (ext: string) => fileURLToPath(new URL(`../../../content/templates/fihris-template.${ext}`, import.meta.url));

async function readAll(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

describe('readSpreadsheetXlsxFile', () => {
  it('reads the template\'s example row back as one record, with no warnings', async () => {
    const results = await readAll(readSpreadsheetXlsxFile(template('xlsx'), 'fihris-template.xlsx'));
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result.diagnostics).toEqual([]);
    expect(result.kind).toBe('record');
    if (result.kind !== 'record') return;
    const sub = (tag: string, code: string) => dataFields(result.record, tag)[0]?.subfields.find((s) => s.code === code)?.value;
    expect(sub('245', 'a')).toBe('الفتح المبين في سيرة السادة البوسعيديين');
    expect(sub('100', 'a')).toBe('ابن رزيق، حميد بن محمد');
    expect(sub('250', 'a')).toBe('الطبعة الثانية');
    expect(sub('260', 'c')).toBe('1403هـ/1983م');
    expect(controlField(result.record, '008')?.slice(7, 11)).toBe('1983');
    expect(sub('852', 'p')).toBe('000001');
  });

  it('reads the CSV template to the same record as the XLSX template', async () => {
    const [fromCsv] = await readAll(readSpreadsheetCsvFile(template('csv')));
    const [fromXlsx] = await readAll(readSpreadsheetXlsxFile(template('xlsx')));
    expect(fromCsv.kind === 'record' && fromCsv.record).toEqual(fromXlsx.kind === 'record' && fromXlsx.record);
  });

  it('reads numbers typed in cells (an ISBN, a year) as the text Excel shows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('books');
    sheet.addRow(['Title', 'ISBN', 'Year']);
    sheet.addRow([]);
    sheet.addRow(['Arabian sands', 9780141442075, 1959]);
    const path = join(mkdtempSync(join(tmpdir(), 'fihris-xlsx-')), 'numbers.xlsx');
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const results = await readAll(readSpreadsheetXlsxFile(path, 'numbers.xlsx'));
    expect(results).toHaveLength(1);
    expect(results[0].source.recordNumber).toBe(1);
    const record = results[0].kind === 'record' ? results[0].record : undefined;
    expect(record && dataFields(record, '020')[0].subfields[0].value).toBe('9780141442075');
    expect(record && controlField(record, '008')?.slice(7, 11)).toBe('1959');
  });

  it('rejects a file that is not a workbook, with a diagnostic instead of a throw', async () => {
    const [result] = await readAll(readSpreadsheetXlsxFile(template('csv'), 'not-a-workbook.xlsx'));
    expect(result.kind).toBe('rejected');
    expect(result.diagnostics[0].code).toBe('spreadsheet.xlsx-unreadable');
  });
});
