/**
 * schema.org JSON-LD for a record page: the book, and each holding library as an offer
 * to lend it (a `Library` with its city and coordinates). Serialised so that no value
 * from the data can close the <script> element that carries it.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { displayTitle } from '../shared/display-title.ts';
import type { SiteLibrary } from './site-library.ts';
import { httpUrl } from './safe-url.ts';

export function recordJsonLd(record: UnionRecord, libraries: SiteLibrary[], pageUrl: string | undefined): Record<string, unknown> {
  const d = record.description;
  const year = d.publication.gregorianYear;
  return {
    '@context': 'https://schema.org',
    '@type': d.format === 'book' ? 'Book' : 'CreativeWork',
    '@id': pageUrl,
    url: pageUrl,
    name: displayTitle(d.title),
    alternativeHeadline: d.title.remainder,
    author: d.names.filter((n) => n.role === 'author').map((n) => ({ '@type': n.kind === 'person' ? 'Person' : 'Organization', name: n.name })),
    contributor: d.names.filter((n) => n.role !== 'author').map((n) => ({ '@type': n.kind === 'person' ? 'Person' : 'Organization', name: n.name })),
    bookEdition: d.edition,
    datePublished: year === undefined ? undefined : String(year),
    publisher: d.publication.publisher ? { '@type': 'Organization', name: d.publication.publisher, location: d.publication.place } : undefined,
    isbn: d.identifiers.isbn,
    inLanguage: d.languages,
    about: d.subjects,
    sameAs: d.links.flatMap((l) => httpUrl(l.url) ?? []),
    offers: libraries.map((library) => ({
      '@type': 'Offer',
      businessFunction: 'http://purl.org/goodrelations/v1#LeaseOut',
      offeredBy: {
        '@type': 'Library',
        name: library.name.ar,
        alternateName: library.name.en,
        url: httpUrl(library.website),
        address: { '@type': 'PostalAddress', addressLocality: library.city.en, addressCountry: library.country },
        geo: { '@type': 'GeoCoordinates', latitude: library.coordinates.lat, longitude: library.coordinates.lon },
      },
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<", ">" and "&" as \u escapes
 * (so "</script>" or "<!--" in a title cannot end or alter the element), and the two line
 * separators JavaScript once treated as newlines. Empty arrays and undefined are dropped.
 * @example serialiseJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serialiseJsonLd(value: unknown): string {
  const json = JSON.stringify(value, (_key, v) => (Array.isArray(v) && v.length === 0 ? undefined : v));
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
