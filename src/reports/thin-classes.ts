/**
 * Gaps: Dewey classes where the consortium holds little, measured against the median class
 * of the same level, so the threshold scales with the size of the consortium.
 */
import { deweyHundreds, deweyTens } from './dewey-class.ts';
import { median } from './median.ts';
import type { ThinClass } from './report-data.ts';

/** A class is thin when it holds less than this fraction of the median class. */
export const thinClassFraction = 0.5;

/**
 * The main classes and divisions holding fewer titles than `thinClassFraction` × the median
 * of their level. 040 is left out: DDC does not use it.
 * @example thinClasses({ '200': 1, '300': 10, '800': 10 }, {}).length // 8: every class but 300 and 800 (median 0.5 × … )
 */
export function thinClasses(hundreds: Record<string, number>, tens: Record<string, number>): ThinClass[] {
  return [
    ...thinAtLevel('hundred', deweyHundreds, hundreds),
    ...thinAtLevel('ten', deweyTens.filter((code) => code !== '040'), tens),
  ];
}

function thinAtLevel(level: ThinClass['level'], codes: string[], counts: Record<string, number>): ThinClass[] {
  const titles = codes.map((code) => counts[code] ?? 0);
  const middle = median(titles);
  return codes
    .map((code, i) => ({ level, code, titles: titles[i], median: middle }))
    .filter((entry) => entry.titles < thinClassFraction * middle);
}
