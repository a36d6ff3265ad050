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
import { pageCacheKey } from './page-cache.ts';
import { lazyHash, type RoutedPageJob } from './record-page-jobs.ts';

const langs: Lang[] = ['ar', 'en'];

/** `reportLibraries`: the libraries of the staged reports (reports.json); without them, no acquisition pages, as in Astro's build. */
export function* listingPageJobs(data: SiteData, reportLibraries?: ReportLibrary[]): Generator<RoutedPageJob> {
  // Besides its props, a listing page shows the site's URL (canonical link) and, in the search
  // form of a library's page, every library's code and name: not their counts, which change
  // whenever one library re-deposits.
  const frameHash = pageCacheKey([data.libraries.map((library) => [library.code, library.name]), data.siteUrl]);
  for (const { props } of libraryPages(data)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'library', props: { lang, ...props } }, pagePath: libraryPagePath(lang, props.library.code, props.page), contentHash };
    }
  }
  for (const { props } of browseListPagesOfKinds(data)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'browse-list', props: { lang, ...props } }, pagePath: browseKindPath(lang, props.kind, props.listPage.page), contentHash };
    }
  }
  for (const { props } of browseGroupListPages(data)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'browse-list', props: { lang, ...props } }, pagePath: browseKindPath(lang, props.kind, props.page), contentHash };
    }
  }
  for (const { props } of browseGroupPages(data)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'browse-group', props: { lang, ...props } }, pagePath: browseGroupPath(lang, props.kind, props.groupKey, props.page), contentHash };
    }
  }
  for (const { props } of browseListIndexPages(data)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'browse-list-index', props: { lang, ...props } }, pagePath: browseListIndexPath(lang, props.kind), contentHash };
    }
  }
  const indexProps = browseIndexProps(data);
  const indexHash = lazyHash(() => [frameHash, indexProps]);
  for (const lang of langs) {
    yield { page: { route: 'browse-index', props: { lang, ...indexProps } }, pagePath: browseIndexPath(lang), contentHash: indexHash };
  }
  for (const { props } of acquisitionPages(data.records, reportLibraries)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'acquisition', props: { lang, ...props } }, pagePath: acquisitionPath(lang, props.library.code, props.deweyClass), contentHash };
    }
  }
}
