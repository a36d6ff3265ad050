/**
 * The spreadsheet of the library with no system: one row per book, Arabic headers,
 * saved as Excel's "CSV UTF-8" (with BOM, CRLF). Built from the same MARC record the other
 * libraries get, read back into columns, so the cataloguing quirks carry over.
 */
import { controlField, dataFields, type MarcRecord } from '../../src/ingest/marc/marc-record.ts';

export const csvHeaders = ['رقم التسجيلة', 'العنوان', 'العنوان الفرعي', 'المؤلف', 'مؤلفون آخرون', 'الطبعة',
  'مكان النشر', 'الناشر', 'سنة النشر', 'ردمك', 'الموضوعات', 'رقم التصنيف', 'اللغة', 'الصفحات', 'رقم الطلب', 'الموقع', 'عدد النسخ'];

const languageNames: Record<string, string> = { ara: 'عربي', eng: 'إنجليزي', fre: 'فرنسي' };

function first(record: MarcRecord, tag: string, code: string): string {
  const field = dataFields(record, tag)[0];
  return field?.subfields.filter((s) => s.code === code).map((s) => s.value).join(' ') ?? '';
}

export function csvRow(record: MarcRecord): string[] {
  const imprint = dataFields(record, '260').concat(dataFields(record, '264'))[0];
  const sub = (code: string) => imprint?.subfields.find((s) => s.code === code)?.value ?? '';
  const title = [first(record, '245', 'a'), first(record, '245', 'n'), first(record, '245', 'p')].filter(Boolean).join('. ');
  return [
    controlField(record, '001') ?? '',
    title,
    first(record, '245', 'b'),
    first(record, '100', 'a'),
    dataFields(record, '700').map((f) => f.subfields.find((s) => s.code === 'a')?.value ?? '').join('; '),
    first(record, '250', 'a'),
    sub('a'), sub('b'), sub('c'),
    first(record, '020', 'a'),
    dataFields(record, '650').map((f) => f.subfields.filter((s) => 'ax'.includes(s.code)).map((s) => s.value).join(' -- ')).join('; '),
    first(record, '082', 'a'),
    languageNames[controlField(record, '008')?.slice(35, 38) ?? ''] ?? '',
    first(record, '300', 'a').replace(/ ص\.$/, ''),
    first(record, '852', 'h'),
    first(record, '852', 'c'),
    first(record, '852', 't') || '1',
  ];
}

export function csvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

/** BOM + header + rows, CRLF; an empty row after the tenth book, as librarians leave them. */
export function csvFile(rows: string[][]): Uint8Array {
  const lines = [csvLine(csvHeaders), ...rows.map(csvLine)];
  lines.splice(11, 0, csvHeaders.map(() => '').join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
