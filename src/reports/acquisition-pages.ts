/**
 * The acquisition pages, one per library and Dewey main class, as getStaticPaths entries:
 * each page's props hold the titles it lists (link, title, holders), cut at
 * `acquisitionListLimit`, not the records. Astro's route files take them through
 * src/site/static-paths.ts; `fihris build` renders them itself from this same list.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { acquisitionClasses, acquisitionIndex, acquisitionLists, type AcquisitionEntry } from './acquisition-lists.ts';
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
      shown: list.shown.map((entry) => acquisitionTitle(entry, withHolders)),
    });
    return {
      params: { code: library.code, class: deweyClass },
      props: { library, deweyClass, lacking: titles(lacking, true), onlyHere: titles(onlyHere, false), libraries },
    };
  }));
}

const titlesOfEntries = new WeakMap<AcquisitionEntry, { withHolders: AcquisitionTitle; withoutHolders: AcquisitionTitle }>();

/**
 * A title as the lists show it, one object per entry and form however many pages list it (a
 * title most libraries lack is on the page of each): a page's cache key hashes each once
 * (src/build/page-renderer/listing-props-hash.ts).
 */
function acquisitionTitle(entry: AcquisitionEntry, withHolders: boolean): AcquisitionTitle {
  let titles = titlesOfEntries.get(entry);
  if (titles === undefined) {
    const shown = { id: entry.record.id, title: entry.record.description.title.proper };
    titles = { withHolders: { ...shown, holders: entry.holders }, withoutHolders: { ...shown, holders: [] } };
    titlesOfEntries.set(entry, titles);
  }
  return withHolders ? titles.withHolders : titles.withoutHolders;
}
