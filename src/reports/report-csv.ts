/**
 * The fixed CSV downloads: reports/libraries.csv (one row per library) and
 * reports/overlap.csv (library × library). UTF-8 with a byte-order mark so that Excel,
 * which most librarians open them with, reads the Arabic names; "\n" line ends.
 */
import { heldByThresholds, qualityMeasures, type QualityMeasure, type ReportData } from './report-data.ts';

const bom = '\uFEFF';

const csvMeasureNames: Record<QualityMeasure, string> = {
  isbn: 'isbn', fixedField008: '008', language: 'language_code', subjects: 'subjects', classification: 'classification', holdings: 'holdings',
};

/** Column names of libraries.csv, in order. */
export const libraryColumns = [
  'code', 'name_ar', 'name_en', 'city_en', 'records', 'rejected', 'holdings', 'titles', 'unique_titles',
  ...heldByThresholds.map((n) => `held_by_${n}_or_more`), 'same_city_shared',
  ...qualityMeasures.map((measure) => `share_with_${csvMeasureNames[measure]}`),
];

/**
 * libraries.csv: records are the library's accepted records, holdings its copies, titles
 * the union records it holds; shares are fractions of its accepted records, 3 decimals.
 * @example librariesCsv(data).split('\n')[0] // "\uFEFFcode,name_ar,name_en,…"
 */
export function librariesCsv(data: ReportData): string {
  const collection = new Map(data.collection.libraries.map((library) => [library.code, library]));
  const quality = new Map(data.quality.libraries.map((library) => [library.code, library]));
  const rows = data.libraries.map((library) => {
    const figures = collection.get(library.code);
    const account = quality.get(library.code);
    return [
      library.code, library.name.ar, library.name.en, library.city.en,
      account?.recordsAccepted ?? figures?.records ?? 0, account?.recordsRejected ?? 0,
      figures?.copies ?? 0, figures?.titles ?? 0, figures?.uniqueTitles ?? 0,
      ...heldByThresholds.map((n) => figures?.heldByAtLeast[n] ?? 0), figures?.sameCityShared ?? 0,
      ...qualityMeasures.map((measure) => (account?.shares[measure] ?? 0).toFixed(3)),
    ];
  });
  return toCsv([libraryColumns, ...rows]);
}

/**
 * overlap.csv: a header row of codes; each row a library and the titles it shares with
 * each library of the header (its own titles on the diagonal).
 */
export function overlapCsv(data: ReportData): string {
  const { codes, counts } = data.collection.overlap;
  return toCsv([['code', ...codes], ...codes.map((code, i) => [code, ...counts[i]])]);
}

function toCsv(rows: Array<Array<string | number>>): string {
  return bom + rows.map((row) => row.map((cell) => csvCell(String(cell))).join(',')).join('\n') + '\n';
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

