/**
 * What Astro's route files list (getStaticPaths, and the browse index's props), the same for both
 * languages, from route-pages.ts. In a `fihris build` (FIHRIS_ASTRO_PAGES=probes) only the probes,
 * read from the probe-pages.json the build staged: Astro's process then never reads the catalogue
 * (at 100k records, 6.7 s and about 1.2 GB). Without that file, the probes are taken from the
 * site data; outside a build (`astro build` alone, the tests' fixtures), every page.
 */
import { loadReportData } from '../reports/load-report-data.ts';
import { loadSiteData } from './site-data.ts';
import { allPages, firstOnly, probePagesFile, routePages, type ProbePages, type RouteName } from './route-pages.ts';
import { readStagedJson } from './staged-json.ts';

function pagesOf<R extends RouteName>(route: R): ProbePages[R] {
  const probes = process.env.FIHRIS_ASTRO_PAGES === 'probes';
  if (probes) {
    const fromBuild = readStagedJson<ProbePages>(probePagesFile);
    // A copy for each route file: Astro keys the list a route returns by that route's own paths,
    // on the list itself (route-cache.js), and the two languages' routes share these lists.
    if (fromBuild) return structuredClone(fromBuild[route]);
  }
  return routePages[route](loadSiteData(), loadReportData()?.libraries, probes ? firstOnly : allPages) as ProbePages[R];
}

export const recordStaticPaths = () => pagesOf('record');
export const libraryStaticPaths = () => pagesOf('library');
export const libraryPageStaticPaths = () => pagesOf('libraryNext');
export const browseKindStaticPaths = () => pagesOf('browseKind');
export const browseGroupStaticPaths = () => pagesOf('browseGroup');
export const browseListIndexStaticPaths = () => pagesOf('browseListIndex');
export const acquisitionStaticPaths = () => pagesOf('acquisition');
/** The browse index (b/index.html) is one page: its props. */
export const browseIndexProps = () => pagesOf('browseIndex')[0].props;
