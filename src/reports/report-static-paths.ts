/**
 * The library report pages Astro builds, the same list for both languages: one report and one
 * quality page per library. None when the data folder has no reports.json. (The acquisition
 * pages need the catalogue: acquisition-pages.ts.)
 */
import { loadReportData } from './load-report-data.ts';

export function libraryReportStaticPaths() {
  return (loadReportData()?.libraries ?? []).map((library) => ({ params: { code: library.code }, props: { library } }));
}
