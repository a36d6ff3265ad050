/**
 * Publication years for matching. A Gregorian year worked out from a Hijri one is only good
 * to ±1 (a Hijri year straddles two Gregorian years), and two libraries converting the same
 * "1420هـ" may write 1999 or 2000; so whenever a Hijri year is in play, years may differ by 1.
 */
import type { Publication } from '../../shared/catalog-schema.ts';

export interface YearKey {
  gregorian?: number;
  hijri?: number;
  /** The record gives a Hijri year: its Gregorian year is uncertain by one. */
  fuzzy: boolean;
}

export function yearKey(publication: Publication): YearKey {
  return {
    gregorian: publication.gregorianYear,
    hijri: publication.hijriYear,
    fuzzy: publication.hijriYear !== undefined,
  };
}

/**
 * Same year: equal Hijri years, or Gregorian years within the tolerance. A record with no year
 * agrees with any year (the cluster guard stops it bridging two far-apart printings).
 * @example yearsAgree({ gregorian: 1999, fuzzy: true }, { gregorian: 2000, fuzzy: false }) // true
 */
export function yearsAgree(a: YearKey, b: YearKey): boolean {
  if (a.hijri !== undefined && b.hijri !== undefined && a.hijri === b.hijri) return true;
  if (a.gregorian === undefined || b.gregorian === undefined) return true;
  return Math.abs(a.gregorian - b.gregorian) <= yearTolerance(a.fuzzy || b.fuzzy);
}

export function yearTolerance(fuzzy: boolean): number {
  return fuzzy ? 1 : 0;
}
