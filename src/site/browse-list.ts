/**
 * The browse list of a heading kind (subjects, authors) as a dictionary: ONE alphabetical list
 * of heading → records entries, cut into pages of about `pageSize` records, with guide words
 * (first and last heading) per page. One page per heading would make the page count grow with
 * the number of distinct headings (139,563 per language at 100k records, more than half the
 * site, and Astro renders a few hundred pages a second); this way it grows with records / 100.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { normalizeArabic } from '../shared/text/arabic.ts';
import { browseGroups, pageSize, type BrowseGroup } from './browse.ts';

export const headingKinds = ['subject', 'author'] as const;
export type HeadingKind = (typeof headingKinds)[number];

export const isHeadingKind = (kind: string): kind is HeadingKind => (headingKinds as readonly string[]).includes(kind);

/** A heading's records on one page: all of them, or a run of a heading too long for one page. */
export interface HeadingSlice<R = UnionRecord> {
  label: string;
  records: R[];
  /** How many of the heading's records come before this slice (on earlier pages). */
  offset: number;
  /** How many records the heading has in all. */
  total: number;
}

export interface HeadingListPage<R = UnionRecord> {
  /** 1-based page number. */
  page: number;
  slices: HeadingSlice<R>[];
  /** Guide words: the first and last heading on the page. */
  first: string;
  last: string;
}

/**
 * `groups` (in order) cut into pages of at most `size` records. A heading that fits on a page
 * is never split: if it does not fit in what is left of the page, it starts the next one. A
 * heading longer than a page fills the rest of the page and continues on the next ones.
 * @example headingListPages([{label:'a',records:[r1,r2]},{label:'b',records:[r3]}], 2).map((p) => [p.first, p.last]) // [["a","a"],["b","b"]]
 */
export function headingListPages(groups: Pick<BrowseGroup, 'label' | 'records'>[], size: number = pageSize): HeadingListPage[] {
  const pages: HeadingSlice[][] = [];
  let current: HeadingSlice[] = [];
  let filled = 0;
  const close = () => {
    if (current.length) pages.push(current);
    current = [];
    filled = 0;
  };
  for (const { label, records } of groups) {
    if (filled + records.length > size && records.length <= size) close();
    for (let offset = 0; offset < records.length;) {
      if (filled === size) close();
      const take = Math.min(size - filled, records.length - offset);
      current.push({ label, records: records.slice(offset, offset + take), offset, total: records.length });
      filled += take;
      offset += take;
    }
  }
  close();
  return pages.map((slices, index) => ({ page: index + 1, slices, first: slices[0].label, last: slices[slices.length - 1].label }));
}

/**
 * The letter a heading files under for the index's jump-by-letter links: its first letter,
 * with the forms of alef (and Latin case) folded so that أحمد and احمد sit under one letter.
 * @example guideLetter('أحمد، محمد') // "ا"
 */
export function guideLetter(label: string): string {
  const first = [...label.trim()][0] ?? '';
  const folded = [...normalizeArabic(first).trim()][0];
  return (folded ?? first).toLocaleUpperCase('en');
}

/**
 * Each letter, in list order, with the page where its first heading is.
 * @example letterPages(pages) // [{ letter: "ا", page: 1 }, { letter: "ب", page: 4 }, …]
 */
export function letterPages(pages: HeadingListPage[]): { letter: string; page: number }[] {
  const seen = new Map<string, number>();
  for (const { page, slices } of pages) {
    for (const { label } of slices) {
      const letter = guideLetter(label);
      if (letter && !seen.has(letter)) seen.set(letter, page);
    }
  }
  return [...seen].map(([letter, page]) => ({ letter, page }));
}

// The lists are cut once per build: the index and list routes of both languages share them.
const cache = new WeakMap<UnionRecord[], Map<HeadingKind, HeadingListPage[]>>();

/** The pages of the `kind` list for these records (memoised per records array). */
export function browseListPages(records: UnionRecord[], kind: HeadingKind): HeadingListPage[] {
  let byKind = cache.get(records);
  if (!byKind) cache.set(records, (byKind = new Map()));
  let pages = byKind.get(kind);
  if (!pages) byKind.set(kind, (pages = headingListPages(browseGroups(records, kind))));
  return pages;
}
