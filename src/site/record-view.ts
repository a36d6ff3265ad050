/**
 * What a record page shows, shaped from a union record: holdings grouped by library with
 * each library's OPAC link, and the publication statement as catalogued.
 */
import type { Holding, Publication, UnionRecord } from '../shared/catalog-schema.ts';
import { holdingLibraries } from './holding-libraries.ts';
import type { SiteLibrary } from './site-library.ts';
import { opacUrl } from './safe-url.ts';

export interface LibraryHoldings {
  library: SiteLibrary;
  holdings: Holding[];
  /** Links to this record in the library's own OPAC, one per member record that has a 001. */
  opacLinks: string[];
}

/**
 * One group per holding library, in the order the record lists them. A library that
 * contributed a bibliographic record but no item data still appears, with no holdings rows.
 */
export function holdingsByLibrary(record: UnionRecord, libraryByCode: Map<string, SiteLibrary>): LibraryHoldings[] {
  return holdingLibraries(record).flatMap((code) => {
    const library = libraryByCode.get(code);
    if (!library) return [];
    const opacLinks = record.members
      .filter((m) => m.libraryCode === code)
      .map((m) => opacUrl(library.opacUrlTemplate, m.controlNumber))
      .filter((url): url is string => url !== undefined);
    return [{ library, holdings: record.holdings.filter((h) => h.libraryCode === code), opacLinks: [...new Set(opacLinks)] }];
  });
}

/**
 * The publication statement in ISBD order, dates as catalogued.
 * @example publicationLine({ place: 'مسقط', publisher: 'دار', dateText: '1999' }) // "مسقط : دار، 1999"
 */
export function publicationLine(publication: Publication): string {
  const placeAndPublisher = [publication.place, publication.publisher].filter(Boolean).join(' : ');
  // The statement is data in its own script: its comma follows the script, not the page language.
  const comma = /[\u0600-\u06ff]/.test(placeAndPublisher) ? '، ' : ', ';
  const date = publication.dateText ?? publication.gregorianYear?.toString();
  return [placeAndPublisher, date].filter(Boolean).join(comma);
}

/** The year shown on result cards: Gregorian when known, else the date as catalogued. */
export function displayYear(publication: Publication): string | undefined {
  return publication.gregorianYear?.toString() ?? publication.dateText;
}

/** The first author (1XX), else the first name of any role. */
export function mainAuthor(record: UnionRecord): string | undefined {
  const names = record.description.names;
  return (names.find((n) => n.role === 'author') ?? names[0])?.name;
}
