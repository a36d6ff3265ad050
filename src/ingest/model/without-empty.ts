/**
 * The object without its undefined and empty-string properties, in the order written: the
 * catalogue model leaves absent parts out rather than storing `undefined`, and key order is
 * what readers of the golden files and data/union.jsonl see. A plain loop: it runs for every
 * part of every record, and Object.entries/fromEntries cost 3% of an ingest.
 */
export function withoutEmpty<T extends object>(object: T): T {
  const kept: Record<string, unknown> = {};
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const value: unknown = object[key];
    if (value !== undefined && value !== '') kept[key] = value;
  }
  return kept as T;
}
