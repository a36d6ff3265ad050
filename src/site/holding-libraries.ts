import type { UnionRecord } from '../shared/catalog-schema.ts';

/**
 * The codes of the libraries that hold a record, in the order they first appear:
 * holdings first, then members without item data (their bibliographic record says they hold it).
 * @example holdingLibraries(record) // ["squ-main", "nizwa-public"]
 */
export function holdingLibraries(record: UnionRecord): string[] {
  const codes = [...record.holdings.map((h) => h.libraryCode), ...record.members.map((m) => m.libraryCode)];
  return [...new Set(codes)];
}
