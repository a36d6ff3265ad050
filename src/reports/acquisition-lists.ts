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

/** Per class, from one pass over it: how many titles each library holds, and each library's only-here titles. */
interface ClassTally {
  held: Map<string, number>;
  onlyHere: Map<string, AcquisitionEntry[]>;
}

const tallies = new WeakMap<AcquisitionIndex, Map<string, ClassTally>>();

function classTally(index: AcquisitionIndex, deweyClass: string): ClassTally {
  let byClass = tallies.get(index);
  if (!byClass) tallies.set(index, (byClass = new Map()));
  let tally = byClass.get(deweyClass);
  if (!tally) {
    tally = { held: new Map(), onlyHere: new Map() };
    for (const entry of index.get(deweyClass) ?? []) {
      for (const code of entry.holders) tally.held.set(code, (tally.held.get(code) ?? 0) + 1);
      if (entry.holders.length === 1) {
        const [code] = entry.holders;
        let list = tally.onlyHere.get(code);
        if (!list) tally.onlyHere.set(code, (list = []));
        list.push(entry);
      }
    }
    byClass.set(deweyClass, tally);
  }
  return tally;
}

/**
 * Both lists of a library's page for a class, counted in full and cut at `limit`: the counts
 * from one pass over the class for every library, the lacking titles read only until `limit`
 * are found (at 100k the full lists, filtered twice for each of 720 pages, were 8 s of Astro's
 * process).
 */
export function acquisitionLists(index: AcquisitionIndex, code: string, deweyClass: string, limit: number): { lacking: ShownList; onlyHere: ShownList } {
  const entries = index.get(deweyClass) ?? [];
  const tally = classTally(index, deweyClass);
  const lacking: AcquisitionEntry[] = [];
  for (let i = 0; i < entries.length && lacking.length < limit; i++) {
    if (!entries[i].holders.includes(code)) lacking.push(entries[i]);
  }
  const onlyHere = tally.onlyHere.get(code) ?? [];
  return {
    lacking: { count: entries.length - (tally.held.get(code) ?? 0), shown: lacking },
    onlyHere: { count: onlyHere.length, shown: onlyHere.slice(0, limit) },
  };
}

/** Titles of the class that `code` alone holds: its last copies in the country. */
export function onlyHereTitles(index: AcquisitionIndex, code: string, deweyClass: string): AcquisitionEntry[] {
  return (index.get(deweyClass) ?? []).filter((entry) => entry.holders.length === 1 && entry.holders[0] === code);
}
