/**
 * What the search index holds for one union record: the normalised search keys as content,
 * the original display text as meta (for the result cards), the holding libraries as a filter.
 */
import { fullDisplayTitle } from '../shared/display-title.ts';
import type { BibliographicDescription, UnionRecord } from '../shared/catalog-schema.ts';
import { indexTerms } from '../shared/text/arabic.ts';
import { facetWords } from '../shared/search/facet-keys.ts';
import { holdingLibraries } from '../site/holding-libraries.ts';

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
 * The texts a reader may search a record by: titles, names, subjects, series, publisher, ISBNs,
 * years, from EVERY member, not only the displayed one: another library's spelling of the
 * author or a subject only it gave must find the union record too. Each text once.
 */
export function searchableTexts(record: UnionRecord): string[] {
  return [...new Set([record.description, ...record.members.map((member) => member.description)].flatMap(descriptionTexts))];
}

function descriptionTexts(d: BibliographicDescription): string[] {
  const { title, publication, identifiers } = d;
  return [
    title.proper, title.remainder, title.partNumber, title.partName, title.parallel, ...title.variants,
    title.responsibility,
    ...d.names.flatMap((name) => [name.name, name.parallel]),
    ...d.subjects,
    ...d.series,
    publication.publisher,
    ...identifiers.isbn, ...identifiers.invalidIsbn, ...identifiers.issn,
    publication.gregorianYear?.toString(), publication.hijriYear?.toString(), publication.dateText,
  ].filter((text): text is string => Boolean(text?.trim()));
}

/**
 * The Pagefind record for a union record. Content is the deduplicated index terms of every
 * searchable text, then the record's facet words, joined by spaces.
 * @example toPagefindRecord(record).filters // { library: ['squ-main', 'nizwa-public'] }
 */
export function toPagefindRecord(record: UnionRecord): PagefindCustomRecord {
  const terms = new Set(searchableTexts(record).flatMap(indexTerms));
  const d = record.description;
  const author = d.names.find((name) => name.role === 'author') ?? d.names[0];
  const year = d.publication.gregorianYear?.toString() ?? d.publication.dateText;
  const meta: Record<string, string> = { title: fullDisplayTitle(d.title) };
  if (author) meta.author = author.name;
  if (year) meta.year = year;
  const libraries = holdingLibraries(record);
  // Facets are words of the content too (why: src/shared/search/facet-keys.ts).
  const facets = facetWords({ libraries, languages: d.languages, format: d.format, year: d.publication.gregorianYear, subjects: d.subjects });
  return { url: record.url, content: [...terms, ...facets].join(' '), language: indexLanguage, meta, filters: { library: libraries } };
}
