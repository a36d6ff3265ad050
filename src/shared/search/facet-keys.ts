/**
 * Facets as words in the index. Each record's content carries one word per facet value
 * (zzlangara, zzfmtbook, zzy1998, zzsub…, zzlib…); narrowing a search is one more word that
 * must match, and a year range is a few prefix words (zzy199 is the 1990s). Why not Pagefind's
 * own filters: once their data loads, broad queries took 24–33 s at 100k records; a facet word is
 * an ordinary index word, loaded and intersected like any other (measured in
 * scripts/measure-pagefind-size.ts). Plain TypeScript: the indexer and the browser share it.
 * The "zz" start keeps the words apart from anything a reader types (the normaliser folds
 * everything else into letters and digits).
 */
import { normalizeArabic } from '../text/arabic.ts';

/** Everything a reader may narrow a search by. */
export interface FacetScope {
  /** Only records held by this library (its code). */
  library?: string;
  /** MARC language code, e.g. "ara". */
  language?: string;
  /** Coarse format: book, serial, map, music, video, manuscript, other. */
  format?: string;
  yearFrom?: number;
  yearTo?: number;
  /** A subject heading, as shown, or its main part. */
  subject?: string;
}

/** What a record offers the facets. */
export interface RecordFacets {
  libraries: readonly string[];
  languages: readonly string[];
  format: string;
  year?: number;
  subjects: readonly string[];
}

const squash = (text: string) => normalizeArabic(text).replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 48);
const libraryWord = (code: string) => `zzlib${squash(code)}`;
const languageWord = (code: string) => `zzlang${squash(code)}`;
const formatWord = (format: string) => `zzfmt${squash(format)}`;
const yearWord = (year: number | string) => `zzy${year}`;
/** A heading and its main part ("عمان -- تاريخ" → also "عمان") are both facet values. */
const subjectWords = (heading: string) => [...new Set([heading, heading.split(' -- ')[0]].map((text) => `zzsub${squash(text)}`))];

/**
 * The facet words of one record, for its index content.
 * @example facetWords({ libraries: ['squ-main'], languages: ['ara'], format: 'book', year: 1998, subjects: [] })
 * // → ['zzlibsqumain', 'zzlangara', 'zzfmtbook', 'zzy1998']
 */
export function facetWords(record: RecordFacets): string[] {
  return [
    ...record.libraries.map(libraryWord),
    ...record.languages.map(languageWord),
    formatWord(record.format),
    ...(record.year === undefined ? [] : [yearWord(record.year)]),
    ...record.subjects.flatMap(subjectWords),
  ];
}

/** The lookups a scope adds to a search: every word of `all`, and at least one of `anyOf`. */
export interface ScopeKeys {
  all: string[];
  anyOf: string[];
}

/**
 * @example scopeKeys({ language: 'ara', yearFrom: 1990, yearTo: 2000 })
 * // → { all: ['zzlangara'], anyOf: ['zzy199', 'zzy2000'] }
 */
export function scopeKeys(scope: FacetScope): ScopeKeys {
  const all = [
    scope.library && libraryWord(scope.library),
    scope.language && languageWord(scope.language),
    scope.format && formatWord(scope.format),
    scope.subject && `zzsub${squash(scope.subject)}`,
  ].filter((key): key is string => Boolean(key));
  const ranged = scope.yearFrom !== undefined || scope.yearTo !== undefined;
  return { all, anyOf: ranged ? yearRangePrefixes(scope.yearFrom ?? 1000, scope.yearTo ?? 2999).map(yearWord) : [] };
}

/**
 * The fewest year prefixes that cover [from, to]: whole centuries, then whole decades, then
 * single years. Every engine prefix-matches, so "199" stands for 1990–1999.
 * @example yearRangePrefixes(1985, 2003) // ['1985', …, '1989', '199', '2000', …, '2003']
 */
export function yearRangePrefixes(from: number, to: number): string[] {
  const prefixes: string[] = [];
  let year = Math.max(1000, Math.min(from, to));
  const last = Math.min(2999, Math.max(from, to));
  while (year <= last) {
    if (year % 100 === 0 && year + 99 <= last) { prefixes.push(String(year / 100)); year += 100; }
    else if (year % 10 === 0 && year + 9 <= last) { prefixes.push(String(year / 10)); year += 10; }
    else { prefixes.push(String(year)); year += 1; }
  }
  return prefixes;
}
