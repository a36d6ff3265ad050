/**
 * The pages of each of Astro's dynamic routes (and the browse index's props), from the site
 * data: every page, or the first of each list, the probes. In a `fihris build` Astro renders
 * only the probes (FIHRIS_ASTRO_PAGES=probes): the page renderer renders every page and checks
 * itself against them byte for byte (src/build/page-renderer/). The build stages the probes
 * (probe-pages.json, `probePages`) so that Astro's process never reads the catalogue.
 */
import { acquisitionPages } from '../reports/acquisition-pages.ts';
import type { ReportLibrary } from '../reports/report-data.ts';
import {
  browseGroupListPages, browseGroupPages, browseIndexProps, browseListIndexPages, browseListPagesOfKinds, libraryPages,
} from './page-lists.ts';
import type { SiteData } from './site-data.ts';

/** Which pages of a list to render: all of them, or the first (`firstOnly`). */
export type PagePick = <T>(list: T[]) => T[];
export const allPages: PagePick = (list) => list;
export const firstOnly: PagePick = (list) => list.slice(0, 1);

/** The staged probes, in the site data folder. */
export const probePagesFile = 'probe-pages.json';

/** `reportLibraries`: those of the staged reports (reports.json); none, no acquisition pages. */
export const routePages = {
  record: (data: SiteData, _reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => [
    ...pick(data.records).map((record) => ({ params: { id: record.id }, props: { record } })),
    ...pick(data.redirects).map(({ from, to }) => ({ params: { id: from }, props: { movedTo: to } })),
    ...pick(data.gone).map((id) => ({ params: { id }, props: { goneId: id } })),
  ],
  library: (data: SiteData, _reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => pick(libraryPages(data).filter(({ props }) => props.page === 1)),
  /** Pages 2… of each library's holdings (page 1 is the library's own page). */
  libraryNext: (data: SiteData, _reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => pick(libraryPages(data).filter(({ props }) => props.page > 1)),
  /** Pages of the subject and author lists, and of the decade and Dewey group lists. */
  browseKind: (data: SiteData, _reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => [...pick(browseListPagesOfKinds(data)), ...pick(browseGroupListPages(data))],
  /** A decade's or Dewey class's own pages (subjects and authors are in their lists instead). */
  browseGroup: (data: SiteData, _reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => pick(browseGroupPages(data)),
  browseListIndex: (data: SiteData, _reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => pick(browseListIndexPages(data)),
  /** One page, not a route with parameters: its props alone. */
  browseIndex: (data: SiteData) => [{ params: {}, props: browseIndexProps(data) }],
  acquisition: (data: SiteData, reportLibraries: ReportLibrary[] | undefined, pick: PagePick) => pick(acquisitionPages(data.records, reportLibraries)),
};

export type RouteName = keyof typeof routePages;
export type ProbePages = { [route in RouteName]: ReturnType<(typeof routePages)[route]> };

/** The first page of each list of each route, what Astro renders in a `fihris build`. */
export function probePages(data: SiteData, reportLibraries: ReportLibrary[] | undefined): ProbePages {
  const probes = {} as Record<RouteName, unknown>;
  for (const route of Object.keys(routePages) as RouteName[]) probes[route] = routePages[route](data, reportLibraries, firstOnly);
  return probes as ProbePages;
}
