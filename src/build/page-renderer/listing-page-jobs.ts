/**
 * The listing pages, in both languages: each library's pages of holdings, the pages of the
 * subject and author lists and their indexes, the pages of the decade and Dewey class lists
 * and of each decade and class, the browse index, and the acquisition reports (one per
 * library and Dewey main class). The same lists the route files give Astro
 * (src/site/page-lists.ts, src/reports/acquisition-pages.ts), so the same pages.
 */
import type { ReportLibrary } from '../../reports/report-data.ts';
import { acquisitionPath } from '../../reports/report-paths.ts';
import { acquisitionPages } from '../../reports/acquisition-pages.ts';
import type { Lang } from '../../shared/i18n/strings.ts';
import { browseGroupPath, browseIndexPath, browseKindPath, browseListIndexPath, libraryPagePath } from '../../site/page-paths.ts';
import type { SiteData } from '../../site/site-data.ts';
import { browseGroupListPages, browseGroupPages, browseIndexProps, browseListIndexPages, browseListPagesOfKinds, libraryPages } from '../../site/page-lists.ts';
import { listingPropsHash } from './listing-props-hash.ts';
import { pageCacheKey } from './page-cache.ts';
import type { PageRoute, RoutedPage } from './page-renderer-entry.ts';
import { lazyHash, type RoutedPageJob } from './record-page-jobs.ts';

const langs: Lang[] = ['ar', 'en'];

/** `reportLibraries`: the libraries of the staged reports (reports.json); without them, no acquisition pages, as in Astro's build. */
export function* listingPageJobs(data: SiteData, reportLibraries?: ReportLibrary[]): Generator<RoutedPageJob> {
  // Besides its props, a listing page shows the site's URL (canonical link) and, in the search
  // form of a library's page, every library's code and name: not their counts, which change
  // whenever one library re-deposits.
  const frameHash = pageCacheKey([data.libraries.map((library) => [library.code, library.name]), data.siteUrl]);
  yield* inBothLanguages('library', libraryPages(data), frameHash, (lang, props) => libraryPagePath(lang, props.library.code, props.page));
  yield* inBothLanguages('browse-list', browseListPagesOfKinds(data), frameHash, (lang, props) => browseKindPath(lang, props.kind, props.listPage.page));
  yield* inBothLanguages('browse-list', browseGroupListPages(data), frameHash, (lang, props) => browseKindPath(lang, props.kind, props.page));
  yield* inBothLanguages('browse-group', browseGroupPages(data), frameHash, (lang, props) => browseGroupPath(lang, props.kind, props.groupKey, props.page));
  yield* inBothLanguages('browse-list-index', browseListIndexPages(data), frameHash, (lang, props) => browseListIndexPath(lang, props.kind));
  yield* inBothLanguages('browse-index', [{ props: browseIndexProps(data) }], frameHash, (lang) => browseIndexPath(lang));
  yield* inBothLanguages('acquisition', acquisitionPages(data.records, reportLibraries), frameHash, (lang, props) => acquisitionPath(lang, props.library.code, props.deweyClass));
}

/** A route's props without the language, which each page of a pair adds. */
type PropsWithoutLang<R extends PageRoute> = Extract<RoutedPage, { route: R }>['props'] extends infer P ? (P extends unknown ? Omit<P, 'lang'> : never) : never;

/**
 * Each page of `pages` in both languages, with one content hash for the pair: its props (each
 * record it lists hashed once, listing-props-hash.ts) and the frame (`frameHash`).
 */
function* inBothLanguages<R extends PageRoute, P extends PropsWithoutLang<R>>(
  route: R, pages: Iterable<{ props: P }>, frameHash: string, pathOf: (lang: Lang, props: P) => string,
): Generator<RoutedPageJob> {
  for (const { props } of pages) {
    const contentHash = lazyHash(() => [frameHash, listingPropsHash(props)]);
    // The constraint on P checks the props against the route; TypeScript cannot carry it
    // through the union of routed pages.
    for (const lang of langs) yield { page: { route, props: { lang, ...props } } as unknown as RoutedPage, pagePath: pathOf(lang, props), contentHash };
  }
}
