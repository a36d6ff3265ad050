/**
 * The keys a union record is counted under in the distributions. The display description
 * stands for the whole record: it comes from the fullest, best-coded member.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { deweyPlace } from './dewey-class.ts';
import { lcClass } from './lc-classes.ts';

/** The key of records that have no value for a distribution. */
export const noValue = 'none';

export interface RecordKeys {
  hundred: string;
  ten: string;
  lc: string;
  languages: string[];
  decade: string;
  format: string;
}

/**
 * Class, division, LC class, languages, decade and format of a record; `noValue` where absent.
 * The first Dewey (or LC) number that parses decides, as a shelf does.
 * @example recordKeys(record).decade // "1990"
 */
export function recordKeys(record: UnionRecord): RecordKeys {
  const { classification, languages, publication, format } = record.description;
  const dewey = firstDefined(classification.dewey, deweyPlace);
  const year = publication.gregorianYear;
  const codes = [...new Set(languages.map((code) => code.trim().toLowerCase()).filter(isLanguageCode))];
  return {
    hundred: dewey?.hundred ?? noValue,
    ten: dewey?.ten ?? noValue,
    lc: firstDefined(classification.lc, lcClass) ?? noValue,
    languages: codes.length > 0 ? codes : [noValue],
    decade: year === undefined ? noValue : String(Math.floor(year / 10) * 10),
    format: format || noValue,
  };
}

/** A MARC language code that says something: three letters, not "und" (undetermined) or "zxx". */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{3}$/.test(code) && code !== 'und' && code !== 'zxx';
}

function firstDefined<T>(values: string[], parse: (value: string) => T | undefined): T | undefined {
  for (const value of values) {
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}
