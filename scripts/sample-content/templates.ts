/**
 * The spreadsheet template small libraries fill in: one header row in Arabic (the reader
 * also accepts the English names) and one example row, a real Omani book.
 */
import ExcelJS from 'exceljs';
import { spreadsheetColumns, type ColumnId } from '../../src/ingest/parse/spreadsheet-columns.ts';
import { csvLine } from './csv-dump.ts';
import { fixZipTimes } from './zip-times.ts';

const exampleRow: Record<ColumnId, string> = {
  recordNumber: '1',
  title: 'الفتح المبين في سيرة السادة البوسعيديين',
  subtitle: '',
  author: 'ابن رزيق، حميد بن محمد',
  otherAuthors: 'عامر، عبد المنعم',
  edition: 'الطبعة الثانية',
  place: 'مسقط',
  publisher: 'وزارة التراث القومي والثقافة',
  year: '1403هـ/1983م',
  isbn: '',
  subjects: 'عمان -- تاريخ؛ آل بوسعيد',
  dewey: '953.53',
  language: 'عربي',
  pages: '496',
  series: '',
  callNumber: '953.53 ر ف',
  location: 'الرفوف العامة',
  branch: 'المكتبة الرئيسية',
  barcode: '000001',
  copies: '1',
};

export function templateCsv(): Uint8Array {
  const header = spreadsheetColumns.map((c) => c.arabic);
  const row = spreadsheetColumns.map((c) => exampleRow[c.id]);
  return new TextEncoder().encode(`\uFEFF${csvLine(header)}\r\n${csvLine(row)}\r\n`);
}

/** Fixed dates inside the file, so that two runs give the same bytes. */
const fixedDate = new Date(Date.UTC(2024, 0, 1));

export async function templateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fihris';
  workbook.created = fixedDate;
  workbook.modified = fixedDate;
  const sheet = workbook.addWorksheet('فهرس', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = spreadsheetColumns.map((c) => ({ header: c.arabic, key: c.id, width: Math.max(14, c.arabic.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  // Text cells, so Excel keeps ISBNs and barcodes as typed (no 9.78E+12, no lost zeros).
  const row = sheet.addRow(spreadsheetColumns.map((c) => exampleRow[c.id]));
  row.eachCell((cell) => { cell.numFmt = '@'; });
  for (let c = 1; c <= spreadsheetColumns.length; c++) sheet.getColumn(c).numFmt = '@';
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
