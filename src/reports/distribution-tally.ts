/**
 * Counts by key for the consortium and for each library, accumulated one record at a time.
 * Maps while counting (keys such as "290" would make plain objects switch to slow
 * element storage); plain objects in the result, for JSON.
 */
import type { Distribution } from './report-data.ts';

export interface DistributionTally {
  /** Counts the record once under each key, for the consortium and for each holding library. */
  add(keys: string[], holders: string[]): void;
  result(): Distribution;
}

export function createDistributionTally(): DistributionTally {
  const total = new Map<string, number>();
  const byLibrary = new Map<string, Map<string, number>>();
  return {
    add(keys, holders) {
      for (const key of keys) {
        total.set(key, (total.get(key) ?? 0) + 1);
        for (const code of holders) {
          const counts = byLibrary.get(code) ?? byLibrary.set(code, new Map()).get(code)!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    },
    result: () => ({
      total: Object.fromEntries(total),
      byLibrary: Object.fromEntries([...byLibrary].map(([code, counts]) => [code, Object.fromEntries(counts)])),
    }),
  };
}
