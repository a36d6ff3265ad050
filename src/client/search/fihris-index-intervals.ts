/**
 * Block-max bookkeeping: the doc-id space cut at every block edge of the query's terms, each
 * piece with the blocks covering it and the best score any doc in it could reach.
 */
import type { FileRef, TermEntry } from './fihris-index-format.ts';

export interface Segment {
  firstDoc: number;
  lastDoc: number;
  count: number;
  maxImpact: number;
  file?: FileRef;
  offset: number;
  length: number;
  inline?: { docs: number[]; impacts: number[] };
}

/** A group: the terms one query key matches (one, or a prefix word's completions). */
export type Group = Segment[][];

export function segmentsOf(entry: TermEntry): Segment[] {
  if (entry.inline) {
    const { docs, impacts } = entry.inline;
    return [{ firstDoc: docs[0], lastDoc: docs[docs.length - 1], count: docs.length, maxImpact: Math.max(...impacts), offset: 0, length: 0, inline: entry.inline }];
  }
  return (entry.blocks ?? []).map((block) => ({ ...block }));
}

export interface Interval {
  from: number;
  /** Exclusive. */
  to: number;
  upperBound: number;
  /** Per required group, then per optional group: the covering segments (one per term at most). */
  covering: Segment[][];
}

function edges(groups: Group[]): number[] {
  const points = new Set<number>();
  for (const group of groups) for (const term of group) for (const s of term) points.add(s.firstDoc).add(s.lastDoc + 1);
  return [...points].sort((a, b) => a - b);
}

/** For each term, a cursor over its segments; intervals come in increasing order. */
function coveringAt(group: Group, cursors: number[], from: number): Segment[] {
  const covering: Segment[] = [];
  group.forEach((term, t) => {
    while (cursors[t] < term.length && term[cursors[t]].lastDoc < from) cursors[t]++;
    const segment = term[cursors[t]];
    if (segment && segment.firstDoc <= from) covering.push(segment);
  });
  return covering;
}

/** The intervals where every required group has a block, with their upper bounds. */
export function candidateIntervals(required: Group[], optional: Group[]): Interval[] {
  const points = edges([...required, ...optional]);
  const groups = [...required, ...optional];
  const cursors = groups.map((group) => group.map(() => 0));
  const intervals: Interval[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const covering = groups.map((group, g) => coveringAt(group, cursors[g], from));
    if (covering.slice(0, required.length).some((c) => c.length === 0)) continue;
    let upperBound = 0;
    for (const c of covering) upperBound += c.reduce((max, s) => Math.max(max, s.maxImpact), 0);
    intervals.push({ from, to: points[i + 1], upperBound, covering });
  }
  return intervals;
}

/**
 * Expected matches in an interval not read, assuming terms independent: docs × the chance
 * every required group has the doc (a group has it unless none of its terms does).
 */
export function expectedMatches(interval: Interval, requiredCount: number): number {
  let expected = interval.to - interval.from;
  for (const covering of interval.covering.slice(0, requiredCount)) {
    let none = 1;
    for (const s of covering) none *= 1 - Math.min(1, s.count / (s.lastDoc - s.firstDoc + 1));
    expected *= 1 - none;
  }
  return expected;
}
