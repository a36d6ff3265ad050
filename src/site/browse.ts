/**
 * Browse lists for readers without JavaScript and for crawlers and web archives: every
 * record is reachable by following plain links, by library, subject, author, decade and
 * Dewey class, in pages of `pageSize`.
 */
import { createHash } from 'node:crypto';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { displayTitle } from '../shared/display-title.ts';

export const browseKinds = ['subject', 'author', 'decade', 'dewey'] as const;
export type BrowseKind = (typeof browseKinds)[number];

/** Links per page: small enough for a light page, large enough that crawlers need few hops. */
export const pageSize = 100;

export interface BrowseGroup {
  /** Path segment: a hash for headings (Arabic text of any length), the number for decades and classes. */
  key: string;
  /** The heading as catalogued, or the decade ("1990") or class ("200"). */
  label: string;
  records: UnionRecord[];
}

const collator = new Intl.Collator('ar', { numeric: true });

/** Each value a record is filed under for `kind`; a record can be under several headings. */
export function browseValues(record: UnionRecord, kind: BrowseKind): string[] {
  const d = record.description;
  if (kind === 'subject') return d.subjects;
  if (kind === 'author') return d.names.map((n) => n.name);
  if (kind === 'decade') return d.publication.gregorianYear === undefined ? [] : [String(Math.floor(d.publication.gregorianYear / 10) * 10)];
  return d.classification.dewey.flatMap((number) => /^\d{3}/.test(number.trim()) ? [`${number.trim()[0]}00`] : []);
}

/**
 * The groups of `kind`, headings in collation order and numbers in numeric order, each
 * group's records sorted by title (memoised per records array: treat them as read-only).
 * @example browseGroups(records, 'decade').map((g) => g.label) // ["1980", "1990", "2000"]
 */
export function browseGroups(records: UnionRecord[], kind: BrowseKind): BrowseGroup[] {
  let byKind = groupsCache.get(records);
  if (!byKind) groupsCache.set(records, (byKind = new Map()));
  let groups = byKind.get(kind);
  if (!groups) byKind.set(kind, (groups = groupRecords(records, kind)));
  return groups;
}

// Grouped and sorted once per build: the route files of both languages and the browse index
// ask for the same groups (six sorts of the whole catalogue per kind, before).
const groupsCache = new WeakMap<UnionRecord[], Map<BrowseKind, BrowseGroup[]>>();

function groupRecords(records: UnionRecord[], kind: BrowseKind): BrowseGroup[] {
  const groups = new Map<string, BrowseGroup>();
  // Filed in title order, each group's records are in title order with no sort of their own.
  for (const record of inTitleOrder(records)) {
    for (const label of new Set(browseValues(record, kind).map((v) => v.trim()).filter(Boolean))) {
      const key = kind === 'decade' || kind === 'dewey' ? label : headingKey(label);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, label, records: [] }));
      group.records.push(record);
    }
  }
  return [...groups.values()].sort((a, b) => collator.compare(a.label, b.label) || compareCode(a.key, b.key));
}

const titleOrders = new WeakMap<UnionRecord[], UnionRecord[]>();

/**
 * The records sorted byTitle, once per records array: one sort with the collator instead of one
 * per group of each kind (its compare is slow: at 100k the groups' sorts were 1.4 s of each
 * process that made them).
 */
function inTitleOrder(records: UnionRecord[]): UnionRecord[] {
  let sorted = titleOrders.get(records);
  if (!sorted) titleOrders.set(records, (sorted = [...records].sort(byTitle)));
  return sorted;
}

/**
 * A short stable path segment for a heading: headings are long, Arabic, and may hold "/".
 * @example headingKey('عمان -- تاريخ') // "h" + 10 hex digits
 */
export function headingKey(label: string): string {
  return `h${createHash('sha256').update(label).digest('hex').slice(0, 10)}`;
}

/** The records sorted by display title, then id, so a page's contents never shuffle between builds. */
export function byTitle(a: UnionRecord, b: UnionRecord): number {
  return collator.compare(sortTitle(a), sortTitle(b)) || compareCode(a.id, b.id);
}

// A sort compares each record about log2(n) times: its display title is worked out once.
const titles = new WeakMap<UnionRecord, string>();
function sortTitle(record: UnionRecord): string {
  let title = titles.get(record);
  if (title === undefined) titles.set(record, (title = displayTitle(record.description.title)));
  return title;
}

/**
 * `items` cut into pages of `size`; an empty list is one empty page.
 * @example paginate([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function paginate<T>(items: T[], size: number = pageSize): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}

function compareCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
