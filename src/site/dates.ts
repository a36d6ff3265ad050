/**
 * Dates in the reader's language: the Hijri and Gregorian years a record gives, normalised
 * ("١٤٢٠ هـ / ١٩٩٩ م" on Arabic pages with Arabic-Indic digits, "1420 AH / 1999" on English
 * pages), shown beside the date as catalogued.
 */
import type { Publication } from '../shared/catalog-schema.ts';
import type { Lang } from '../shared/i18n/strings.ts';

const arabicDigits = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false });

/**
 * The year in the page's digits.
 * @example yearNumber(1999, 'ar') // "١٩٩٩"
 */
export function yearNumber(year: number, lang: Lang): string {
  return lang === 'ar' ? arabicDigits.format(year) : String(year);
}

/**
 * The normalised years, Hijri first as Omani catalogues write them; undefined when the
 * record gives neither.
 * @example normalisedYears({ hijriYear: 1420, gregorianYear: 1999 }, 'en') // "1420 AH / 1999"
 */
export function normalisedYears(publication: Pick<Publication, 'hijriYear' | 'gregorianYear'>, lang: Lang): string | undefined {
  const { hijriYear, gregorianYear } = publication;
  const hijri = hijriYear === undefined ? undefined : lang === 'ar' ? `${yearNumber(hijriYear, lang)} هـ` : `${hijriYear} AH`;
  const gregorian = gregorianYear === undefined ? undefined : lang === 'ar' ? `${yearNumber(gregorianYear, lang)} م` : String(gregorianYear);
  const parts = [hijri, gregorian].filter(Boolean);
  return parts.length ? parts.join(' / ') : undefined;
}

/**
 * A calendar day "YYYY-MM-DD" written out for the page's language (UTC: a date, not a moment).
 * @example longDate('2026-11-25', 'en') // "25 November 2026"
 */
export function longDate(day: string, lang: Lang): string {
  return longDateFormats[lang].format(new Date(`${day}T00:00:00Z`));
}

// Built once: a formatter costs far more to construct than to use, and every holding row of
// every record page asks for one.
const longDateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const longDateFormats: Record<Lang, Intl.DateTimeFormat> = {
  ar: new Intl.DateTimeFormat('ar-OM-u-nu-arab', longDateOptions),
  en: new Intl.DateTimeFormat('en-GB', longDateOptions),
};
