/**
 * Cooperative acquisition lists, by Dewey main class: what other libraries hold that a
 * library lacks, and what only it holds. One pass groups the records by class; each list
 * is then a filter over one class, never over pairs of records.
 */
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { holdingLibraries } from '../site/holding-libraries.ts';
import { deweyHundreds } from './dewey-class.ts';
import { noValue, recordKeys } from './record-keys.ts';

/** The classes acquisition pages exist for: the ten main classes and the unclassified. */
export const acquisitionClasses = [...deweyHundreds, noValue];

export interface AcquisitionEntry {
  record: UnionRecord;
  holders: string[];
}

export type AcquisitionIndex = Map<string, AcquisitionEntry[]>;

const indexes = new WeakMap<UnionRecord[], AcquisitionIndex>();

/** The records grouped by Dewey main class, built once per list of records. */
export function acquisitionIndex(records: UnionRecord[]): AcquisitionIndex {
  let index = indexes.get(records);
  if (!index) {
    index = new Map(acquisitionClasses.map((deweyClass) => [deweyClass, []]));
    for (const record of records) index.get(recordKeys(record).hundred)!.push({ record, holders: holdingLibraries(record) });
    for (const entries of index.values()) entries.sort(mostHeldFirst);
    indexes.set(records, index);
  }
  return index;
}

/**
 * Titles of the class that other libraries hold and `code` lacks, most widely held first
 * (the consortium's core titles), then by record id: the index is sorted once, so each
 * list is a filter that keeps that order.
 */
export function lackingTitles(index: AcquisitionIndex, code: string, deweyClass: string): AcquisitionEntry[] {
  return (index.get(deweyClass) ?? []).filter((entry) => !entry.holders.includes(code));
}

function mostHeldFirst(a: AcquisitionEntry, b: AcquisitionEntry): number {
  const byHolders = b.holders.length - a.holders.length;
  if (byHolders !== 0) return byHolders;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/** One list as a page shows it: how many titles, and the first `limit` of them in list order. */
export interface ShownList {
  count: number;
  shown: AcquisitionEntry[];
}

const shownLists = new WeakMap<AcquisitionIndex, Map<string, { lacking: ShownList; onlyHere: ShownList }>>();

/**
 * Both lists of a library's page for a class, counted in full and cut at `limit`, in one pass
 * over the class, once for the page's two languages (at 100k the full lists, filtered twice for
 * each of 720 pages, were 8 s of Astro's process).
 */
export function acquisitionLists(index: AcquisitionIndex, code: string, deweyClass: string, limit: number): { lacking: ShownList; onlyHere: ShownList } {
  let byPage = shownLists.get(index);
  if (!byPage) shownLists.set(index, (byPage = new Map()));
  const key = `${code}\u0000${deweyClass}\u0000${limit}`;
  let lists = byPage.get(key);
  if (!lists) {
    lists = { lacking: { count: 0, shown: [] }, onlyHere: { count: 0, shown: [] } };
    for (const entry of index.get(deweyClass) ?? []) {
      if (!entry.holders.includes(code)) add(lists.lacking, entry, limit);
      else if (entry.holders.length === 1) add(lists.onlyHere, entry, limit);
    }
    byPage.set(key, lists);
  }
  return lists;
}

function add(list: ShownList, entry: AcquisitionEntry, limit: number): void {
  list.count++;
  if (list.shown.length < limit) list.shown.push(entry);
}

/** Titles of the class that `code` alone holds: its last copies in the country. */
export function onlyHereTitles(index: AcquisitionIndex, code: string, deweyClass: string): AcquisitionEntry[] {
  return (index.get(deweyClass) ?? []).filter((entry) => entry.holders.length === 1 && entry.holders[0] === code);
}
