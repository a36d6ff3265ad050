/**
 * One spreadsheet row → one MARC record (or a rejection when it has no title). The row's
 * cells arrive already keyed by column (spreadsheet-columns.ts); this file knows MARC.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DataField, MarcField, MarcRecord } from '../marc/marc-record.ts';
import type { ReadResult } from '../marc/read-result.ts';
import { columnLabel, type ColumnId } from './spreadsheet-columns.ts';

export type RowCells = Partial<Record<ColumnId, string>>;

export interface RowPlace {
  file: string;
  /** 1-based among non-empty data rows: the record number. */
  recordNumber: number;
  /** 1-based row of the sheet (the header is row 1 when it is the first row). */
  row: number;
  /** The row as read, for the rejection report. */
  raw: Uint8Array;
}

const languageCodes: Record<string, string> = {
  'عربي': 'ara', 'عربية': 'ara', 'العربية': 'ara', 'arabic': 'ara', 'ara': 'ara', 'ar': 'ara',
  'انجليزي': 'eng', 'إنجليزي': 'eng', 'الإنجليزية': 'eng', 'الانجليزية': 'eng', 'انكليزي': 'eng', 'english': 'eng', 'eng': 'eng', 'en': 'eng',
  'فرنسي': 'fre', 'الفرنسية': 'fre', 'french': 'fre', 'français': 'fre', 'francais': 'fre', 'fre': 'fre', 'fra': 'fre', 'fr': 'fre',
};

/** A few places → MARC country codes for 008/15-17; anything else is "xx " (unknown). */
const placeCodes: Record<string, string> = {
  'مسقط': 'mu ', 'السيب': 'mu ', 'نزوى': 'mu ', 'صلالة': 'mu ', 'بيروت': 'le ', 'القاهرة': 'ua ',
  'دمشق': 'sy ', 'الرياض': 'su ', 'الكويت': 'ku ', 'تونس': 'ti ', 'London': 'enk', 'Paris': 'fr ',
};

export function rowToResult(cells: RowCells, place: RowPlace): ReadResult {
  const where = { file: place.file, recordNumber: place.recordNumber, line: place.row };
  const source = { file: place.file, recordNumber: place.recordNumber, byteOffset: 0 };
  const title = cells.title?.trim();
  if (!title) {
    const diagnostic: Diagnostic = { code: 'spreadsheet.row-without-title', severity: 'error', ...where, tag: '245', params: { row: place.row, column: columnLabel('title') } };
    return { kind: 'rejected', source, raw: place.raw, diagnostics: [diagnostic] };
  }
  const diagnostics: Diagnostic[] = [];
  const language = languageOf(cells, title, (value) => diagnostics.push({ code: 'spreadsheet.unknown-language', severity: 'warning', ...where, tag: '008', params: { row: place.row, value } }));
  const copies = copiesOf(cells.copies, (value) => diagnostics.push({ code: 'spreadsheet.copies-not-a-number', severity: 'warning', ...where, tag: '852', params: { row: place.row, value, column: columnLabel('copies') } }));
  const record: MarcRecord = { leader: '00000nam a22000007a 4500', fields: [...controlFields(cells, language), ...dataFields(cells, title, language, copies)] };
  return { kind: 'record', record, source, raw: place.raw, diagnostics };
}

function controlFields(cells: RowCells, language: string): MarcField[] {
  const fields: MarcField[] = [];
  const controlNumber = cells.recordNumber?.trim();
  if (controlNumber) fields.push({ tag: '001', value: controlNumber });
  const year = gregorianYear(cells.year ?? '');
  const country = placeCodes[cells.place?.trim() ?? ''] ?? 'xx ';
  fields.push({ tag: '008', value: `      ${year ? 's' : 'n'}${year ?? 'uuuu'}    ${country}                 ${language} d` });
  return fields;
}

function dataFields(cells: RowCells, title: string, language: string, copies: number): DataField[] {
  const fields: DataField[] = [];
  const add = (tag: string, ind: string, subfields: [string, string | undefined][]) => {
    const kept = subfields.filter((s): s is [string, string] => !!s[1]?.trim()).map(([code, value]) => ({ code, value: value.trim() }));
    if (kept.length) fields.push({ tag, ind1: ind[0], ind2: ind[1], subfields: kept });
  };
  add('020', '  ', [['a', cells.isbn]]);
  add('041', '0 ', [['a', language === 'und' ? undefined : language]]);
  add('082', '04', [['a', cells.dewey]]);
  const author = cells.author?.trim();
  add('100', author && /[،,]/.test(author) ? '1 ' : '0 ', [['a', author]]);
  add('245', `${author ? '1' : '0'}0`, [['a', title], ['b', cells.subtitle]]);
  add('250', '  ', [['a', cells.edition]]);
  add('260', '  ', [['a', cells.place], ['b', cells.publisher], ['c', cells.year]]);
  add('300', '  ', [['a', cells.pages && /^\s*[0-9٠-٩]+\s*$/.test(cells.pages) ? `${cells.pages.trim()} ${language === 'ara' ? 'ص.' : 'p.'}` : cells.pages]]);
  add('490', '0 ', [['a', cells.series]]);
  for (const subject of splitList(cells.subjects)) add('650', ' 4', [['a', subject]]);
  for (const name of splitList(cells.otherAuthors)) add('700', /[،,]/.test(name) ? '1 ' : '0 ', [['a', name]]);
  if (cells.callNumber || cells.location || cells.branch || cells.barcode || cells.copies) {
    // One 852 per copy, $t its copy number (MARC's meaning of $t); the model counts them.
    for (let copy = 1; copy <= copies; copy += 1) {
      add('852', '  ', [['b', cells.branch], ['c', cells.location], ['h', cells.callNumber], ['p', copy === 1 ? cells.barcode : undefined], ['t', String(copy)]]);
    }
  }
  return fields;
}

/** "أ; ب؛ ج" → ["أ", "ب", "ج"]: librarians separate with either semicolon. */
function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[;؛]/).map((s) => s.trim()).filter(Boolean);
}

function languageOf(cells: RowCells, title: string, unknown: (value: string) => void): string {
  const value = cells.language?.trim();
  if (!value) return /[\u0600-\u06FF]/.test(title) ? 'ara' : 'und';
  const code = languageCodes[value.toLowerCase()];
  if (!code) unknown(value);
  return code ?? 'und';
}

function copiesOf(value: string | undefined, invalid: (value: string) => void): number {
  const text = toWesternDigits(value?.trim() ?? '');
  if (!text) return 1;
  if (/^[1-9][0-9]*$/.test(text)) return Number(text);
  invalid(value!.trim());
  return 1;
}

function toWesternDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * The Gregorian year in "1420هـ/1999م", "1999", "[1999?]" or "١٤٢٠ هـ" (converted from
 * Hijri when that is all there is; good to a year, as 008 needs).
 */
export function gregorianYear(text: string): string | undefined {
  const western = toWesternDigits(text);
  const years = [...western.matchAll(/(\d{4})\s*(هـ|ه|م)?/g)].map((m) => ({ year: Number(m[1]), hijri: m[2] === 'هـ' || m[2] === 'ه' }));
  const gregorian = years.find((y) => !y.hijri && y.year >= 1450 && y.year <= 2100);
  if (gregorian) return String(gregorian.year);
  const hijri = years.find((y) => y.hijri || y.year < 1450);
  // A Hijri year starts about 622.54 + (H - 1) × 0.970229 and lasts 0.97 of a year: take
  // the Gregorian year its middle falls in.
  return hijri ? String(Math.floor(622.54 + (hijri.year - 1) * 0.970229 + 0.485)) : undefined;
}
