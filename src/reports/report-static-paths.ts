/**
 * The report pages Astro builds, the same list for both languages: one report and one
 * quality page per library, one acquisition page per library and Dewey main class.
 * None when the data folder has no reports.json.
 */
import { acquisitionClasses } from './acquisition-lists.ts';
import { loadReportData } from './load-report-data.ts';

export function libraryReportStaticPaths() {
  return (loadReportData()?.libraries ?? []).map((library) => ({ params: { code: library.code }, props: { library } }));
}

export function acquisitionStaticPaths() {
  return (loadReportData()?.libraries ?? []).flatMap((library) =>
    acquisitionClasses.map((deweyClass) => ({ params: { code: library.code, class: deweyClass }, props: { library, deweyClass } })));
}
