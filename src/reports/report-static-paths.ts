/**
 * The report pages Astro builds, the same list for both languages: one report and one
 * quality page per library, one acquisition page per library and Dewey main class.
 * None when the data folder has no reports.json.
 *
 * The acquisition pages need the whole catalogue: `fihris build` renders them with its page
 * renderer (src/build/page-renderer/), from the same list (`acquisitionPages`), and Astro only
 * the first (FIHRIS_ASTRO_PAGES=probes), as for the record and listing pages.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { loadSiteData } from '../site/site-data.ts';
import { probesOr } from '../site/static-paths.ts';
import { acquisitionClasses, acquisitionIndex, acquisitionLists } from './acquisition-lists.ts';
import { loadReportData } from './load-report-data.ts';
import type { ReportLibrary } from './report-data.ts';

/** Longest list an acquisition page shows; the full lists would make pages of megabytes at 100k records. */
export const acquisitionListLimit = 500;

/** A title on an acquisition list: its record's link and title, and (lacking titles) who holds it. */
export type AcquisitionTitle = { id: string; title: string; holders: string[] };
/** One list as the page shows it: how many titles in all, and the first `acquisitionListLimit`. */
export type AcquisitionList = { count: number; shown: AcquisitionTitle[] };
export type AcquisitionPageProps = {
  library: ReportLibrary;
  deweyClass: string;
  lacking: AcquisitionList;
  onlyHere: AcquisitionList;
  /** Every library's code and name, for the holders of the lacking titles. */
  libraries: Array<Pick<ReportLibrary, 'code' | 'name'>>;
};

export function libraryReportStaticPaths() {
  return (loadReportData()?.libraries ?? []).map((library) => ({ params: { code: library.code }, props: { library } }));
}

export const acquisitionStaticPaths = () => probesOr(acquisitionPages(loadSiteData().records, loadReportData()?.libraries));

/**
 * Every acquisition page of the report's libraries (none without them), in their order and then
 * the classes'.
 */
export function acquisitionPages(records: UnionRecord[], reportLibraries: ReportLibrary[] = []): Array<{ params: { code: string; class: string }; props: AcquisitionPageProps }> {
  if (!reportLibraries.length) return [];
  const index = acquisitionIndex(records);
  const libraries = reportLibraries.map(({ code, name }) => ({ code, name }));
  return reportLibraries.flatMap((library) => acquisitionClasses.map((deweyClass) => {
    const { lacking, onlyHere } = acquisitionLists(index, library.code, deweyClass, acquisitionListLimit);
    const titles = (list: typeof lacking, withHolders: boolean): AcquisitionList => ({
      count: list.count,
      shown: list.shown.map(({ record, holders }) => ({ id: record.id, title: record.description.title.proper, holders: withHolders ? holders : [] })),
    });
    return {
      params: { code: library.code, class: deweyClass },
      props: { library, deweyClass, lacking: titles(lacking, true), onlyHere: titles(onlyHere, false), libraries },
    };
  }));
}
