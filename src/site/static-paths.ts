/**
 * The pages Astro builds from the data, the same list for both languages (each language's
 * route file calls these): one per union record, retired id and withdrawn id; one per
 * library and page of its holdings; one per page of each browse list (see browse-list.ts).
 */
import { loadSiteData } from './site-data.ts';
import { browseGroups, browseKinds, paginate } from './browse.ts';
import { browseListPages, headingKinds, isHeadingKind } from './browse-list.ts';

// Decades and Dewey classes are few: each keeps its own pages.
const groupKinds = browseKinds.filter((kind) => !isHeadingKind(kind));

export function recordStaticPaths() {
  const { records, redirects, gone } = loadSiteData();
  // `fihris build` renders the record pages itself (src/build/record-pages/), from this same
  // route's component; Astro then renders one page of each kind, the probes that renderer
  // checks itself against byte for byte and takes the inlined stylesheet and script from.
  const probes = process.env.FIHRIS_RECORD_PAGES === 'probe';
  const pick = <T>(list: T[]): T[] => (probes ? list.slice(0, 1) : list);
  return [
    ...pick(records).map((record) => ({ params: { id: record.id }, props: { record } })),
    ...pick(redirects).map(({ from, to }) => ({ params: { id: from }, props: { movedTo: to } })),
    ...pick(gone).map((id) => ({ params: { id }, props: { goneId: id } })),
  ];
}

export function libraryStaticPaths() {
  return loadSiteData().libraries.map((library) => ({ params: { code: library.code }, props: { library, page: 1 } }));
}

/** Pages 2… of each library's holdings (page 1 is the library's own page). */
export function libraryPageStaticPaths() {
  const { libraries, recordsByLibrary } = loadSiteData();
  return libraries.flatMap((library) => paginate(recordsByLibrary.get(library.code) ?? []).slice(1)
    .map((_records, index) => ({ params: { code: library.code, page: String(index + 2) }, props: { library, page: index + 2 } })));
}

/** Pages of the subject and author lists, and of the decade and Dewey group lists. */
export function browseKindStaticPaths() {
  const { records } = loadSiteData();
  const listPages = headingKinds.flatMap((kind) => {
    const pages = browseListPages(records, kind);
    return pages.map((listPage) => ({ params: { kind, page: String(listPage.page) }, props: { kind, listPage, pages: pages.length } }));
  });
  const groupPages = groupKinds.flatMap((kind) => {
    const pages = paginate(browseGroups(records, kind));
    return pages.map((groups, index) => ({ params: { kind, page: String(index + 1) }, props: { kind, groups, page: index + 1, pages: pages.length } }));
  });
  return [...listPages, ...groupPages];
}

/** The guide-word index of the subject and author lists. */
export function browseListIndexStaticPaths() {
  const { records } = loadSiteData();
  return headingKinds.map((kind) => ({ params: { kind }, props: { kind, pages: browseListPages(records, kind) } }));
}

/** A decade's or Dewey class's own pages (subjects and authors are in their lists instead). */
export function browseGroupStaticPaths() {
  const { records } = loadSiteData();
  return groupKinds.flatMap((kind) => browseGroups(records, kind).flatMap((group) => {
    const pages = paginate(group.records);
    return pages.map((pageRecords, index) => ({
      params: { kind, key: group.key, page: String(index + 1) },
      props: { kind, label: group.label, groupKey: group.key, records: pageRecords, page: index + 1, pages: pages.length },
    }));
  }));
}
