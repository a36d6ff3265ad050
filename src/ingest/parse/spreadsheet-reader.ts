/**
 * Reads a small library's spreadsheet (CSV or XLSX, one book per row, one header row)
 * into MARC records. Every non-empty row becomes a record or a rejection; empty rows are
 * skipped and not counted. File-level notes (encoding, unknown columns) ride on the first
 * result, so they reach the report with the rest.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ReadResult } from '../marc/read-result.ts';
import { acceptedColumnNames, matchColumn, type ColumnId } from './spreadsheet-columns.ts';
import { decodeSpreadsheet, type SpreadsheetEncoding } from './spreadsheet-encoding.ts';
import { rowToResult, type RowCells } from './spreadsheet-row.ts';

/** One row of the sheet as text cells; `error` when the CSV could not be read further. */
interface SheetRow {
  cells: string[];
  /** 1-based row (line) of the sheet. */
  row: number;
  error?: string;
}

const utf8 = new TextEncoder();

export async function* readSpreadsheetCsv(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<ReadResult> {
  const decoded = await decodeSpreadsheet(chunks);
  const notes = encodingNotes(decoded.encoding, file);
  const { delimiter, text } = await sniffDelimiter(decoded.text);
  yield* sheetToResults(csvRows(text, delimiter), file, notes);
}

export function readSpreadsheetCsvFile(path: string, file = path): AsyncGenerator<ReadResult> {
  return readSpreadsheetCsv(createReadStream(path, { highWaterMark: 1 << 16 }), file);
}

export async function* readSpreadsheetXlsxFile(path: string, file = path): AsyncGenerator<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const diagnostic: Diagnostic = { code: 'spreadsheet.xlsx-unreadable', severity: 'error', file, recordNumber: 1, params: { detail: String((error as Error).message ?? error) } };
    yield { kind: 'rejected', source: { file, recordNumber: 1, byteOffset: 0 }, raw: new Uint8Array(0), diagnostics: [diagnostic] };
    return;
  }
  yield* sheetToResults(xlsxRows(workbook.worksheets[0]), file, []);
}

async function* sheetToResults(rows: AsyncIterable<SheetRow>, file: string, notes: Diagnostic[]): AsyncGenerator<ReadResult> {
  let columns: (ColumnId | undefined)[] | undefined;
  let recordNumber = 0;
  const pending = [...notes];
  for await (const sheetRow of rows) {
    if (sheetRow.error !== undefined) {
      recordNumber += 1;
      const diagnostic: Diagnostic = { code: 'spreadsheet.csv-malformed', severity: 'error', file, recordNumber, line: sheetRow.row, params: { line: sheetRow.row, detail: sheetRow.error } };
      yield { kind: 'rejected', source: { file, recordNumber, byteOffset: 0 }, raw: new Uint8Array(0), diagnostics: [...pending.splice(0), diagnostic] };
      return;
    }
    if (sheetRow.cells.every((cell) => cell.trim() === '')) continue;
    if (!columns) {
      columns = sheetRow.cells.map((header) => matchColumn(header));
      pending.push(...unknownColumnNotes(sheetRow.cells, columns, file, sheetRow.row));
      continue;
    }
    recordNumber += 1;
    const raw = utf8.encode(sheetRow.cells.join(','));
    const result = rowToResult(cellsByColumn(sheetRow.cells, columns), { file, recordNumber, row: sheetRow.row, raw });
    result.diagnostics.unshift(...pending.splice(0));
    yield result;
  }
}

function cellsByColumn(cells: string[], columns: (ColumnId | undefined)[]): RowCells {
  const out: RowCells = {};
  columns.forEach((column, i) => {
    const value = cells[i]?.trim();
    // Two columns of one kind (e.g. "Title" and "العنوان"): the first non-empty wins.
    if (column && value && !out[column]) out[column] = value;
  });
  return out;
}

function unknownColumnNotes(headers: string[], columns: (ColumnId | undefined)[], file: string, row: number): Diagnostic[] {
  return headers.flatMap((header, i) => (columns[i] || header.trim() === '') ? [] : [{
    code: 'spreadsheet.unknown-column' as const, severity: 'warning' as const, file, line: row,
    params: { column: header.trim(), accepted: acceptedColumnNames() },
  }]);
}

function encodingNotes(encoding: SpreadsheetEncoding, file: string): Diagnostic[] {
  if (encoding === 'windows-1256') return [{ code: 'spreadsheet.read-as-windows-1256', severity: 'warning', file }];
  if (encoding.startsWith('utf-16')) return [{ code: 'spreadsheet.read-as-utf-16', severity: 'info', file }];
  return [];
}

/** Comma, semicolon (European Excel) or tab (Excel's "Unicode Text"), from the header line. */
async function sniffDelimiter(text: AsyncGenerator<string>): Promise<{ delimiter: string; text: AsyncGenerator<string> }> {
  let head = '';
  let done = false;
  while (!head.includes('\n') && !done) {
    const next = await text.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const firstLine = head.split('\n')[0];
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const delimiter = counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
  async function* replay(): AsyncGenerator<string> {
    if (head) yield head;
    if (!done) yield* text;
  }
  return { delimiter, text: replay() };
}

async function* csvRows(text: AsyncGenerator<string>, delimiter: string): AsyncGenerator<SheetRow> {
  const parser = Readable.from(text).pipe(parse({ delimiter, relax_column_count: true, relax_quotes: true, info: true }));
  let lastLine = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      lastLine = info.lines;
      yield { cells: record, row: info.lines };
    }
  } catch (error) {
    yield { cells: [], row: lastLine, error: String((error as Error).message ?? error) };
  }
}

async function* xlsxRows(sheet: ExcelJS.Worksheet | undefined): AsyncGenerator<SheetRow> {
  if (!sheet) return;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)));
    yield { cells, row: r };
  }
}

/** Numbers (an ISBN typed as a number), rich text and formula results all read as their shown text. */
function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return String(cell.value ?? '');
  }
}
