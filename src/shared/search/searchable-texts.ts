/**
 * The texts a reader may search a record by, for every search engine: titles, names, subjects,
 * series, publisher, ISBNs, years, from EVERY member, not only the displayed one: another
 * library's spelling of the author or a subject only it gave must find the union record too.
 * Pagefind indexes them as one bag of words; the fihris index weighs them by the field they
 * come from, so each text carries its field.
 */
import type { BibliographicDescription, UnionRecord } from '../catalog-schema.ts';

/** Where a searchable text comes from: what the fihris index weighs it by. */
export type SearchField = 'title' | 'name' | 'subject' | 'other' | 'identifier' | 'year';

export interface SearchableText {
  field: SearchField;
  text: string;
}

function descriptionTexts(d: BibliographicDescription): [SearchField, string | undefined][] {
  const { title, publication, identifiers } = d;
  const titles = [title.proper, title.remainder, title.partNumber, title.partName, title.parallel, ...title.variants];
  return [
    ...titles.map((text): [SearchField, string | undefined] => ['title', text]),
    ['other', title.responsibility],
    ...d.names.flatMap((name): [SearchField, string | undefined][] => [['name', name.name], ['name', name.parallel]]),
    ...d.subjects.map((text): [SearchField, string] => ['subject', text]),
    ...d.series.map((text): [SearchField, string] => ['other', text]),
    ['other', publication.publisher],
    ...[...identifiers.isbn, ...identifiers.invalidIsbn, ...identifiers.issn].map((text): [SearchField, string] => ['identifier', text]),
    ['year', publication.gregorianYear?.toString()],
    ['year', publication.hijriYear?.toString()],
    ['year', publication.dateText],
  ];
}

/**
 * Every searchable text of the record with its field, the displayed description first, then
 * each member's. A text counts once per field however many members give it: a record held by
 * five libraries is not five times as much about its title.
 * @example searchableFieldTexts(record)[0] // { field: 'title', text: 'تاريخ عمان' }
 */
export function searchableFieldTexts(record: UnionRecord): SearchableText[] {
  const seen = new Set<string>();
  const texts: SearchableText[] = [];
  for (const d of [record.description, ...record.members.map((member) => member.description)]) {
    for (const [field, text] of descriptionTexts(d)) {
      if (!text?.trim() || seen.has(`${field}\u0000${text}`)) continue;
      seen.add(`${field}\u0000${text}`);
      texts.push({ field, text });
    }
  }
  return texts;
}

/**
 * The searchable texts without their fields, each text once.
 * @example searchableTexts(record) // ['تاريخ عمان', 'السالمي، عبدالله', 'عمان -- تاريخ', '1990']
 */
export function searchableTexts(record: UnionRecord): string[] {
  return [...new Set(searchableFieldTexts(record).map((one) => one.text))];
}
