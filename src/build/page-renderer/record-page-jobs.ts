/**
 * Every page at r/<id>.html and en/r/<id>.html, in the order getStaticPaths lists them
 * (src/site/route-pages.ts): records, then retired ids, then withdrawn ids, each in both
 * languages.
 */
import type { UnionRecord } from '../../shared/catalog-schema.ts';
import type { Lang } from '../../shared/i18n/strings.ts';
import { holdingLibraries } from '../../site/holding-libraries.ts';
import { recordPath } from '../../site/page-paths.ts';
import type { SiteFrame } from '../../site/site-data.ts';
import type { SiteLibrary } from '../../site/site-library.ts';
import { recordJsonHash } from '../../ingest/record-json-hash.ts';
import { pageCacheKey } from './page-cache.ts';
import type { RoutedPage } from './page-renderer-entry.ts';

/** A page to render: its route and props, where it goes, and what its cache key is made of. */
export interface RoutedPageJob {
  page: RoutedPage;
  pagePath: string;
  /**
   * Hash of everything the page shows (for a record page: its record, the libraries it
   * names, the site URL, its cover), computed once for both languages: with the page path
   * and the renderer, its cache key. Computed when first asked (the probes never ask).
   */
  contentHash: () => string;
}

/** `hash` computed once, when first asked, for the pages (one per language) that share it. */
export function lazyHash(parts: () => unknown[]): () => string {
  let hash: string | undefined;
  return () => (hash ??= pageCacheKey(parts()));
}

const langs: Lang[] = ['ar', 'en'];

export async function* recordPageJobs(records: Iterable<UnionRecord> | AsyncIterable<UnionRecord>, frame: SiteFrame): AsyncGenerator<RoutedPageJob> {
  for await (const record of records) yield* recordJobs(record, frame);
  yield* retiredIdJobs(frame);
}

export function recordJobs(record: UnionRecord, frame: SiteFrame): RoutedPageJob[] {
  const libraries = holdingLibraries(record).map((code) => shownOnRecordPage(frame.libraryByCode.get(code)));
  const contentHash = lazyHash(() => [recordJsonHash(record), libraries, frame.siteUrl, frame.covers.get(record.id)]);
  return langs.map((lang) => ({ page: { route: 'record', props: { lang, id: record.id, record } }, pagePath: recordPath(lang, record.id), contentHash }));
}

const profileHashes = new WeakMap<SiteLibrary, string>();

/**
 * A hash of what a record page shows of a library: its profile, never its counts. A re-deposit
 * changes the library's counts; with them in the key, every page of its records rendered again,
 * changed or not (at 100k, 6,426 pages for a re-deposit that changed about 1,600 records). Once
 * per library: a profile is long, and serialising each record's libraries again was most of the
 * keys' cost (10k: 3.6 of the renderer's 5.0 s in a rebuild).
 */
function shownOnRecordPage(library: SiteLibrary | undefined): string | undefined {
  if (!library) return undefined;
  let hash = profileHashes.get(library);
  if (hash === undefined) {
    const { recordCount: _records, holdingCount: _copies, ...profile } = library;
    hash = pageCacheKey([profile]);
    profileHashes.set(library, hash);
  }
  return hash;
}

/** Redirects from retired ids, then tombstones of withdrawn ones. */
export function retiredIdJobs(frame: SiteFrame): RoutedPageJob[] {
  // A tombstone carries the search form, which lists every library.
  const tombstoneHash = lazyHash(() => [frame.libraries.map((l) => [l.code, l.name]), frame.siteUrl]);
  return [
    ...frame.redirects.flatMap(({ from, to }) => langs.map((lang) => ({
      page: { route: 'record' as const, props: { lang, id: from, movedTo: to } }, pagePath: recordPath(lang, from), contentHash: lazyHash(() => [to, frame.siteUrl]),
    }))),
    ...frame.gone.flatMap((id) => langs.map((lang) => ({
      page: { route: 'record' as const, props: { lang, id, goneId: id } }, pagePath: recordPath(lang, id), contentHash: tombstoneHash,
    }))),
  ];
}
