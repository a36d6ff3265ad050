/**
 * The listing pages there are many of, in both languages: each library's pages of holdings,
 * the pages of the subject and author lists, and each decade's and Dewey class's pages. The
 * same lists the route files give Astro (src/site/static-paths.ts), so the same pages.
 */
import type { Lang } from '../../shared/i18n/strings.ts';
import { browseGroupPath, browseKindPath, libraryPagePath } from '../../site/page-paths.ts';
import type { SiteData } from '../../site/site-data.ts';
import { browseGroupPages, browseListPagesOfKinds, libraryPages } from '../../site/static-paths.ts';
import { pageCacheKey } from './page-cache.ts';
import { lazyHash, type RoutedPageJob } from './record-page-jobs.ts';

const langs: Lang[] = ['ar', 'en'];

export function* listingPageJobs(data: SiteData): Generator<RoutedPageJob> {
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
  for (const { props } of browseGroupPages(data)) {
    const contentHash = lazyHash(() => [frameHash, props]);
    for (const lang of langs) {
      yield { page: { route: 'browse-group', props: { lang, ...props } }, pagePath: browseGroupPath(lang, props.kind, props.groupKey, props.page), contentHash };
    }
  }
}

