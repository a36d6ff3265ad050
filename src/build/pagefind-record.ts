/**
 * What the search index holds for one union record: the normalised search keys as content,
 * the original display text as meta (for the result cards), the holding libraries as a filter.
 */
import { fullDisplayTitle } from '../shared/display-title.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { facetWords } from '../shared/search/facet-keys.ts';
import { fieldTerms } from '../shared/search/field-terms.ts';
import { pagefindIndexWord } from '../shared/search/pagefind-words.ts';
import { searchableFieldTexts, searchableTexts } from '../shared/search/searchable-texts.ts';
import { holdingLibraries } from '../site/holding-libraries.ts';

/** Moved to the shared zone (both engines index them); re-exported for existing importers. */
export { searchableTexts };

/**
 * The one index language. It has no Pagefind stemmer, so Pagefind indexes our terms as they
 * are (its Snowball Arabic stemmer would strip و ف ب off typed words and merge البنيان with
 * البيان), and the browser, finding no index for the page's lang, loads this one, the only one.
 */
export const indexLanguage = 'und';

export interface PagefindCustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * The Pagefind record for a union record. Content is the deduplicated index terms of every
 * searchable text (fieldTerms()), then the record's facet words, each as Pagefind indexes it
 * (pagefindIndexWord: so that a query can look it up exactly), joined by spaces.
 * @example toPagefindRecord(record).filters // { library: ['squ-main', 'nizwa-public'] }
 */
export function toPagefindRecord(record: UnionRecord): PagefindCustomRecord {
  const terms = new Set(searchableFieldTexts(record).flatMap(fieldTerms));
  const d = record.description;
  const author = d.names.find((name) => name.role === 'author') ?? d.names[0];
  const year = d.publication.gregorianYear?.toString() ?? d.publication.dateText;
  const meta: Record<string, string> = { title: fullDisplayTitle(d.title) };
  if (author) meta.author = author.name;
  if (year) meta.year = year;
  const libraries = holdingLibraries(record);
  // Facets are words of the content too (why: src/shared/search/facet-keys.ts).
  const facets = facetWords({ libraries, languages: d.languages, format: d.format, year: d.publication.gregorianYear, subjects: d.subjects });
  return { url: record.url, content: [...terms, ...facets].map(pagefindIndexWord).join(' '), language: indexLanguage, meta, filters: { library: libraries } };
}
