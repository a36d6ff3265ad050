/**
 * Years from a publication date as catalogued (260/264 $c) and the fixed field 008/06-14.
 * Arabic records often give both calendars ("1420هـ/1999م") or only the Hijri year.
 */
import { asciiDigits } from './text.ts';

export interface PublicationYears {
  gregorianYear?: number;
  hijriYear?: number;
}

// A Hijri year is marked "هـ" / "ه" (sometimes "AH"); a Gregorian year may be marked "م".
// A range "1433-1434 هـ" is marked once, after its last year: the first year is the one kept.
const hijriMarked = /(\d{3,4})(?:\s*[-/]\s*\d{1,4})?\s*(?:ه|ھ|A\.?H\b)/u;
const gregorianMarked = /(\d{4})\s*م/u;
// "[i.e. 2000]" corrects the date printed on the item.
const corrected = /i\.\s?e\.,?\s*(\d{4})/i;
// A year, or a decade or century with hyphens or u's: "199-?", "[13--?]", "19uu".
const yearLike = /(?<!\d)(\d{2}(?:\d\d|\d[-u]|[-u]{2}))(?!\d)/u;

/**
 * @example parsePublicationDate('1420هـ/1999م') // { gregorianYear: 1999, hijriYear: 1420 }
 */
export function parsePublicationDate(text: string | undefined, fixed008?: string): PublicationYears {
  const years: PublicationYears = {};
  const date = asciiDigits(text ?? '');
  const hijri = hijriMarked.exec(date);
  if (hijri) years.hijriYear = Number(hijri[1]);
  const pair = hijri ? undefined : unmarkedPair(date);
  if (pair) return pair;
  const gregorian = gregorianFromText(hijri ? date.replace(hijri[0], ' ') : date)
    ?? yearFrom008(fixed008)
    ?? (years.hijriYear === undefined ? undefined : approximateGregorian(years.hijriYear));
  if (gregorian !== undefined) years.gregorianYear = gregorian;
  return years;
}

function gregorianFromText(date: string): number | undefined {
  const marked = gregorianMarked.exec(date) ?? corrected.exec(date);
  if (marked) return Number(marked[1]);
  const year = yearLike.exec(date);
  return year ? firstYearOf(year[1]) : undefined;
}

/**
 * "1420/1999" with no calendar marks: two years that differ as a Hijri year and its Gregorian
 * year do (within 2) are read as that pair.
 */
function unmarkedPair(date: string): PublicationYears | undefined {
  const found = [...date.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((m) => Number(m[0]));
  if (found.length !== 2) return undefined;
  const [hijriYear, gregorianYear] = found[0] < found[1] ? found : [found[1], found[0]];
  return Math.abs(approximateGregorian(hijriYear) - gregorianYear) <= 2 ? { gregorianYear, hijriYear } : undefined;
}

/** "1999" → 1999; "199-" and "199u" → 1990; "13--" → 1300 (the first year: good enough to sort). */
function firstYearOf(pattern: string): number {
  return Number(pattern.replace(/[-u]/g, '0'));
}

// 008/06 date types whose Date 1 (008/07-10) is not a usable publication year.
const noDateTypes = new Set(['b', 'n', '|']);

/** Date 1 of the 008 (always Gregorian), when the date type says it is a year. */
function yearFrom008(fixed008: string | undefined): number | undefined {
  if (!fixed008 || fixed008.length < 11 || noDateTypes.has(fixed008[6])) return undefined;
  const date1 = fixed008.slice(7, 11);
  if (!/^\d{2}[\du]{2}$/.test(date1) || date1 === '9999') return undefined;
  return firstYearOf(date1);
}

/**
 * Gregorian year from a Hijri year. Approximate, ±1: a Hijri year (354 days) straddles two
 * Gregorian years, and the record does not say which months.
 */
export function approximateGregorian(hijriYear: number): number {
  return Math.round(hijriYear * 0.970229 + 621.5643);
}
