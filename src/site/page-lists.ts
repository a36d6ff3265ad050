/**
 * The listing pages made from the site data, as lists of getStaticPaths entries (params and
 * props), the same for both languages: one per library and page of its holdings; one per page of
 * each browse list (see browse-list.ts); the browse lists' indexes and the browse index. A listing
 * page's props hold what it shows, not whole records.
 *
 * Astro's route files take them through static-paths.ts; `fihris build` renders them itself
 * (src/build/page-renderer/), from these same lists, outside Astro's page loop.
 */
import type { SiteData } from './site-data.ts';
import type { SiteLibrary } from './site-library.ts';
import { browseGroups, browseKinds, pageSize, paginate, type BrowseGroup, type BrowseKind } from './browse.ts';
import { browseListPages, headingKinds, isHeadingKind, letterPages, type HeadingKind, type HeadingListPage } from './browse-list.ts';
import { listedRecord, type ListedRecord } from './listed-record.ts';

// Decades and Dewey classes are few: each keeps its own pages.
const groupKinds = browseKinds.filter((kind) => !isHeadingKind(kind));

export interface StaticPath<Params, Props> { params: Params; props: Props }

// The listing pages' props hold each record as it is listed (listed-record.ts), not whole.
export type LibraryPageProps = { library: SiteLibrary; page: number; pageCount: number; records: ListedRecord[] };
export type BrowseListPageProps = { kind: HeadingKind; listPage: HeadingListPage<ListedRecord>; pages: number };
/** A group as a list of groups shows it: its link, label and number of records. */
export type GroupCount = { key: string; label: string; count: number };
export type BrowseGroupListProps = { kind: BrowseKind; groups: GroupCount[]; page: number; pages: number };
/** The browse index: each library with its number of records, and the decades and Dewey classes. */
export type BrowseIndexProps = {
  libraries: Array<Pick<SiteLibrary, 'code' | 'name' | 'recordCount'>>;
  short: Array<{ kind: 'decade' | 'dewey'; groups: GroupCount[] }>;
};
/** The guide-word index of the subject or author list: each page's first and last heading, and where each letter begins. */
export type BrowseListIndexProps = { kind: HeadingKind; ranges: Array<{ page: number; first: string; last: string }>; letters: Array<{ letter: string; page: number }> };
export type BrowseKindPageProps = BrowseListPageProps | BrowseGroupListProps;
export type BrowseGroupPageProps = { kind: BrowseKind; label: string; groupKey: string; records: ListedRecord[]; page: number; pages: number };

/** The guide-word index of the subject and author lists. */
export function browseListIndexPages(data: SiteData): Array<StaticPath<{ kind: HeadingKind }, BrowseListIndexProps>> {
  return headingKinds.map((kind) => {
    const pages = browseListPages(data.records, kind);
    return { params: { kind }, props: { kind, ranges: pages.map(({ page, first, last }) => ({ page, first, last })), letters: letterPages(pages) } };
  });
}

/** The browse index's props (b/index.html): the libraries' counts and the decades' and Dewey classes' groups. */
export function browseIndexProps(data: SiteData): BrowseIndexProps {
  return {
    libraries: data.libraries.map(({ code, name, recordCount }) => ({ code, name, recordCount })),
    short: (['decade', 'dewey'] as const).map((kind) => ({ kind, groups: browseGroups(data.records, kind).map(groupCount) })),
  };
}

function groupCount({ key, label, records }: BrowseGroup): GroupCount {
  return { key, label, count: records.length };
}

/** Every page of every library's holdings, each with its slice of records. */
export function libraryPages(data: SiteData): Array<StaticPath<{ code: string; page?: string }, LibraryPageProps>> {
  const { libraries, recordsByLibrary } = data;
  return libraries.flatMap((library) => {
    const held = recordsByLibrary.get(library.code) ?? [];
    const pageCount = Math.max(1, Math.ceil(held.length / pageSize));
    return Array.from({ length: pageCount }, (_unused, index) => ({
      params: index === 0 ? { code: library.code } : { code: library.code, page: String(index + 1) },
      props: { library, page: index + 1, pageCount, records: held.slice(index * pageSize, (index + 1) * pageSize).map(listedRecord) },
    }));
  });
}

export function browseListPagesOfKinds(data: SiteData): Array<StaticPath<{ kind: string; page: string }, BrowseListPageProps>> {
  const { records } = data;
  return headingKinds.flatMap((kind) => {
    const pages = browseListPages(records, kind);
    return pages.map((listPage) => ({ params: { kind, page: String(listPage.page) }, props: { kind, listPage: withListedRecords(listPage), pages: pages.length } }));
  });
}

/** The pages of the decade and Dewey class group lists. */
export function browseGroupListPages(data: SiteData): Array<StaticPath<{ kind: string; page: string }, BrowseGroupListProps>> {
  return groupKinds.flatMap((kind) => {
    const pages = paginate(browseGroups(data.records, kind).map(groupCount));
    return pages.map((groups, index) => ({ params: { kind, page: String(index + 1) }, props: { kind, groups, page: index + 1, pages: pages.length } }));
  });
}

export function browseGroupPages(data: SiteData): Array<StaticPath<{ kind: string; key: string; page: string }, BrowseGroupPageProps>> {
  const { records } = data;
  return groupKinds.flatMap((kind) => browseGroups(records, kind).flatMap((group) => {
    const pages = paginate(group.records);
    return pages.map((pageRecords, index) => ({
      params: { kind, key: group.key, page: String(index + 1) },
      props: { kind, label: group.label, groupKey: group.key, records: pageRecords.map(listedRecord), page: index + 1, pages: pages.length },
    }));
  }));
}

/** The page with each of its records as it is listed. */
function withListedRecords(page: HeadingListPage): HeadingListPage<ListedRecord> {
  return { ...page, slices: page.slices.map((slice) => ({ ...slice, records: slice.records.map(listedRecord) })) };
}
