/**
 * The columns a small library's spreadsheet may have, with the Arabic and English header
 * names accepted for each. One table for CSV and XLSX alike. Headers are matched loosely
 * (spaces, case, hamza, taa marbuta, alef maqsura, tashkeel), because librarians type them.
 */

export type ColumnId =
  | 'recordNumber' | 'title' | 'subtitle' | 'author' | 'otherAuthors' | 'edition' | 'place'
  | 'publisher' | 'year' | 'isbn' | 'subjects' | 'dewey' | 'language' | 'pages' | 'series'
  | 'callNumber' | 'location' | 'branch' | 'barcode' | 'copies';

export interface ColumnDefinition {
  id: ColumnId;
  /** The header written in the template, and the first name listed in diagnostics. */
  arabic: string;
  english: string;
  /** Other spellings seen in the wild. */
  aliases: string[];
  /** Where it goes in MARC, for the template's README and the tests. */
  marc: string;
}

export const spreadsheetColumns: ColumnDefinition[] = [
  { id: 'recordNumber', arabic: 'رقم التسجيلة', english: 'Record number', aliases: ['رقم السجل', 'ID', 'Control number'], marc: '001' },
  { id: 'title', arabic: 'العنوان', english: 'Title', aliases: ['عنوان الكتاب', 'اسم الكتاب'], marc: '245 $a' },
  { id: 'subtitle', arabic: 'العنوان الفرعي', english: 'Subtitle', aliases: [], marc: '245 $b' },
  { id: 'author', arabic: 'المؤلف', english: 'Author', aliases: ['اسم المؤلف'], marc: '100 $a' },
  { id: 'otherAuthors', arabic: 'مؤلفون آخرون', english: 'Other authors', aliases: ['المحقق', 'المترجم', 'Contributors'], marc: '700 $a' },
  { id: 'edition', arabic: 'الطبعة', english: 'Edition', aliases: [], marc: '250 $a' },
  { id: 'place', arabic: 'مكان النشر', english: 'Place', aliases: ['بلد النشر', 'Place of publication'], marc: '260 $a' },
  { id: 'publisher', arabic: 'الناشر', english: 'Publisher', aliases: ['دار النشر'], marc: '260 $b' },
  { id: 'year', arabic: 'سنة النشر', english: 'Year', aliases: ['تاريخ النشر', 'Date', 'Year of publication'], marc: '260 $c, 008/07-10' },
  { id: 'isbn', arabic: 'ردمك', english: 'ISBN', aliases: ['الردمك', 'رقم الإيداع الدولي'], marc: '020 $a' },
  { id: 'subjects', arabic: 'الموضوعات', english: 'Subjects', aliases: ['الموضوع', 'رؤوس الموضوعات', 'Subject'], marc: '650 $a' },
  { id: 'dewey', arabic: 'رقم التصنيف', english: 'Dewey', aliases: ['التصنيف', 'Classification', 'DDC'], marc: '082 $a' },
  { id: 'language', arabic: 'اللغة', english: 'Language', aliases: ['لغة الكتاب'], marc: '008/35-37, 041 $a' },
  { id: 'pages', arabic: 'الصفحات', english: 'Pages', aliases: ['عدد الصفحات', 'Extent'], marc: '300 $a' },
  { id: 'series', arabic: 'السلسلة', english: 'Series', aliases: [], marc: '490 $a' },
  { id: 'callNumber', arabic: 'رقم الطلب', english: 'Call number', aliases: ['رقم الاستدعاء', 'رقم الرف', 'Shelfmark'], marc: '852 $h' },
  { id: 'location', arabic: 'الموقع', english: 'Location', aliases: ['مكان الكتاب', 'Shelving location'], marc: '852 $c' },
  { id: 'branch', arabic: 'الفرع', english: 'Branch', aliases: [], marc: '852 $b' },
  { id: 'barcode', arabic: 'الباركود', english: 'Barcode', aliases: ['رقم الباركود', 'رقم النسخة'], marc: '852 $p' },
  { id: 'copies', arabic: 'عدد النسخ', english: 'Copies', aliases: ['النسخ', 'Number of copies'], marc: '852 $t' },
];

/**
 * A deliberately tiny header normaliser, local to this reader (headers are a closed list):
 * lowercase, no tashkeel or tatweel, أإآ→ا, ة→ه, ى→ي, no spaces, underscores or punctuation.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640\uFEFF\u200B-\u200F]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\s_\-.:()/]+/g, '');
}

const columnsByHeader = new Map<string, ColumnId>();
for (const column of spreadsheetColumns) {
  for (const name of [column.arabic, column.english, ...column.aliases]) columnsByHeader.set(normaliseHeader(name), column.id);
}

/** The column a header names, or undefined when it is not one we know. */
export function matchColumn(header: string): ColumnId | undefined {
  return columnsByHeader.get(normaliseHeader(header));
}

/** "العنوان / Title, ..." for the unknown-column diagnostic. */
export function acceptedColumnNames(): string {
  return spreadsheetColumns.map((c) => `${c.arabic} / ${c.english}`).join('، ');
}

/** The header cell names of both languages for one column, e.g. "العنوان / Title". */
export function columnLabel(id: ColumnId): string {
  const column = spreadsheetColumns.find((c) => c.id === id)!;
  return `${column.arabic} / ${column.english}`;
}
