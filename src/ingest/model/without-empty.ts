/**
 * The object without its undefined and empty-string properties, in the order written: the
 * catalogue model leaves absent parts out rather than storing `undefined`, and key order is
 * what readers of the golden files and data/union.jsonl see.
 */
export function withoutEmpty<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '')) as T;
}
