/** Counts by key for the consortium and for each library, accumulated one record at a time. */
import type { Distribution } from './report-data.ts';

export interface DistributionTally {
  /** Counts the record once under each key, for the consortium and for each holding library. */
  add(keys: string[], holders: string[]): void;
  result(): Distribution;
}

export function createDistributionTally(): DistributionTally {
  const total: Record<string, number> = {};
  const byLibrary: Record<string, Record<string, number>> = {};
  return {
    add(keys, holders) {
      for (const key of keys) {
        total[key] = (total[key] ?? 0) + 1;
        for (const code of holders) {
          const counts = (byLibrary[code] ??= {});
          counts[key] = (counts[key] ?? 0) + 1;
        }
      }
    },
    result: () => ({ total, byLibrary }),
  };
}
