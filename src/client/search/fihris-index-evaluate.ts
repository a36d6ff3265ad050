/**
 * Exact top k under AND, reading as few blocks as the block maxima allow (block-max, MaxScore
 * style): intervals of the doc-id space are read best upper bound first, in rounds of parallel
 * downloads, until no unread interval can still enter the top k. Count: exact when every
 * candidate interval was read (or the query is one term: its df), otherwise matches read plus
 * an independence estimate for the rest, labelled as an estimate.
 */
import { decodeBlock } from './fihris-index-entry.ts';
import { decodeOrFail, type IndexFiles, type QueryCost } from './fihris-index-files.ts';
import { candidateIntervals, expectedMatches, topCandidates, type Group, type Interval, type Segment } from './fihris-index-intervals.ts';

export interface RunResult {
  /** [doc, score], best first (score desc, then doc id asc). */
  top: [number, number][];
  total: number;
  totalIsExact: boolean;
  /** False when the download budget stopped the reading before the top k was certain. */
  rankingIsExact: boolean;
  /** Every match, when every candidate interval was read (lets runs be united exactly). */
  allMatches?: Set<number>;
  /** The run must read blocks of a term whose block table is not loaded: load it, run again. */
  needsTables?: boolean;
  /** With needsTables: files the run will read first, worth fetching in the same round as the tables. */
  prefetch?: string[];
  /**
   * The top k is settled and final; a few more KB would make the count exact. Reads them and
   * gives the result with that count: the engine calls it while the hits' cards download.
   */
  exactCount?: () => Promise<RunResult>;
}

export interface EvaluateOptions {
  k: number;
  files: IndexFiles;
  cost: QueryCost;
  /** Bytes this query may still download for postings. */
  budgetBytes: number;
  /** Scores already known for some docs (a narrower run's top): they set the bar from the start. */
  seed?: [number, number][];
  /** Records per doc id (root.json's docs / docSpace), for the estimated counts: see expectedMatches. */
  occupancy: number;
  /**
   * The files of these docs' cards worth fetching now (none: too many docs), asked when a run
   * knows every doc that can still match before its last round: they come in that round.
   */
  cardFiles: (docs: number[]) => string[];
}

const firstRoundFiles = 4;
/**
 * With a full top k from the start (a narrower run's, or the scoped lists'), the bar is already
 * high: what can still beat it is worth reading at once rather than in a second round.
 */
const seededFirstRoundFiles = 8;
/** Most bytes read only to make a count exact once the top k is settled. */
const countingBytes = 8192;

class TopK {
  readonly items: [number, number][] = [];
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }
  get full(): boolean {
    return this.items.length >= this.k;
  }
  /** Could a doc in [from, …) with this score still enter? */
  canEnter(score: number, from: number): boolean {
    if (!this.full) return true;
    const [lastDoc, lastScore] = this.items[this.items.length - 1];
    return score > lastScore || (score === lastScore && from < lastDoc);
  }
  /** A doc seen again (from another run) keeps its best score. */
  add(doc: number, score: number): void {
    const seen = this.items.findIndex(([d]) => d === doc);
    if (seen >= 0) {
      if (this.items[seen][1] >= score) return;
      this.items.splice(seen, 1);
    }
    if (!this.canEnter(score, doc)) return;
    const at = this.items.findIndex(([d, s]) => score > s || (score === s && doc < d));
    this.items.splice(at < 0 ? this.items.length : at, 0, [doc, score]);
    if (this.items.length > this.k) this.items.pop();
  }
}

function filesOf(interval: Interval): string[] {
  const names: string[] = [];
  for (const covering of interval.covering) for (const s of covering) if (s.file) names.push(s.file.name);
  return names;
}

/** doc → impact for one group inside an interval (a doc matching several completions keeps the best). */
function groupPostings(covering: Segment[], interval: Interval, bytesOf: Map<string, Uint8Array>): Map<number, number> {
  const impacts = new Map<number, number>();
  for (const segment of covering) {
    const postings = segment.inline ?? decodeOrFail(segment.file!.name, () => decodeBlock(bytesOf.get(segment.file!.name)!, segment));
    postings.docs.forEach((doc, i) => {
      if (doc < interval.from || doc >= interval.to) return;
      impacts.set(doc, Math.max(impacts.get(doc) ?? 0, postings.impacts[i]));
    });
  }
  return impacts;
}

function matchInterval(interval: Interval, requiredCount: number, bytesOf: Map<string, Uint8Array>, top: TopK, matches: Set<number>): void {
  const groups = interval.covering.map((covering) => groupPostings(covering, interval, bytesOf));
  const required = groups.slice(0, requiredCount).sort((a, b) => a.size - b.size);
  for (const [doc, impact] of required[0]) {
    let score = impact;
    let all = true;
    for (let g = 1; g < required.length && all; g++) {
      const other = required[g].get(doc);
      if (other === undefined) all = false;
      else score += other;
    }
    if (!all) continue;
    for (const optional of groups.slice(requiredCount)) score += optional.get(doc) ?? 0;
    matches.add(doc);
    top.add(doc, score);
  }
}

/** Work in best-bound order: a whole interval to read, or one top-postings doc. */
interface WorkItem {
  upperBound: number;
  from: number;
  interval: Interval;
  /** A top-postings doc whose score is known without reading: add it, read nothing. */
  knownDoc?: number;
}

function workItems(intervals: Interval[], requiredCount: number): WorkItem[] {
  const items: WorkItem[] = intervals.map((interval) => ({ upperBound: interval.upperBound, from: interval.boundFrom, interval }));
  for (const c of topCandidates(intervals, requiredCount)) {
    items.push({ upperBound: c.upperBound, from: c.doc, interval: c.interval, ...(c.exact && { knownDoc: c.doc }) });
  }
  return items.sort((a, b) => b.upperBound - a.upperBound || a.from - b.from);
}

/**
 * One term alone: its top postings are its first postings in rank order (impact desc, doc asc),
 * so its top k is their first k, read from the entry; its count is its df.
 */
function singleTermRun(required: Group[], k: number): RunResult | undefined {
  if (required.length !== 1 || required[0].length !== 1) return undefined;
  const [segments] = required[0];
  const inline = segments[0]?.inline;
  if (inline) {
    const ranked = inline.docs.map((doc, i): [number, number] => [doc, inline.impacts[i]]).sort(byRank).slice(0, k);
    return { top: ranked, total: inline.docs.length, totalIsExact: true, rankingIsExact: true, allMatches: new Set(inline.docs) };
  }
  const top = segments[0]?.top;
  if (!top || top.size < k) return undefined;
  return { top: [...top].sort(byRank).slice(0, k), total: segments.reduce((sum, s) => sum + s.count, 0), totalIsExact: true, rankingIsExact: true };
}
/** Best score first, then the lower doc id: the order of every top k. */
export const byRank = (a: [doc: number, score: number], b: [doc: number, score: number]): number => b[1] - a[1] || a[0] - b[0];

export async function evaluateRun(required: Group[], optional: Group[], options: EvaluateOptions): Promise<RunResult> {
  if (required.length === 0 || required.some((group) => group.length === 0)) return { top: [], total: 0, totalIsExact: true, rankingIsExact: true, allMatches: new Set() };
  const single = optional.length === 0 ? singleTermRun(required, options.k) : undefined;
  if (single) return single;
  const bytesOf = new Map<string, Uint8Array>();
  const candidates = candidateIntervals(required, optional);
  const narrowing = narrowingPlan(candidates, required.length, options);
  if (narrowing && candidates.some(hasUnloaded)) {
    return { top: [], total: 0, totalIsExact: false, rankingIsExact: false, needsTables: true, prefetch: narrowing.files };
  }
  // Let for the early cards, emptied once they are fetched; intervals stays as it is.
  let [intervals, earlyCards = []] = narrowing ? await narrowedToRareDocs(candidates, narrowing, options, bytesOf) : [candidates];
  const items = workItems(intervals, required.length);
  const read = new Set<Interval>();
  const top = new TopK(options.k);
  for (const [doc, score] of options.seed ?? []) top.add(doc, score);
  const matches = new Set<number>();
  let next = 0;
  let roundFiles = top.full ? seededFirstRoundFiles : firstRoundFiles;
  let stoppedByBudget = false;
  const open = (item: WorkItem) => top.canEnter(item.upperBound, item.from);
  while (next < items.length && open(items[next])) {
    const batch: Interval[] = [];
    const wanted = new Map<string, number>();
    let end = next;
    for (; end < items.length && open(items[end]); end++) {
      const item = items[end];
      if (item.knownDoc !== undefined) {
        top.add(item.knownDoc, item.upperBound);
        continue;
      }
      if (read.has(item.interval) || batch.includes(item.interval)) continue;
      if (hasUnloaded(item.interval)) {
        return { top: [], total: 0, totalIsExact: false, rankingIsExact: false, needsTables: true };
      }
      const fresh = filesOf(item.interval).filter((name) => !wanted.has(name) && !bytesOf.has(name));
      if (batch.length > 0 && wanted.size + fresh.length > roundFiles) break;
      for (const name of fresh) wanted.set(name, options.files.has(name) ? 0 : fileBytes(item.interval, name));
      batch.push(item.interval);
    }
    const planned = [...wanted.values()].reduce((sum, bytes) => sum + bytes, 0);
    if (options.cost.bytes + planned > options.budgetBytes) {
      stoppedByBudget = true;
      break;
    }
    const names = [...wanted.keys()];
    // The cards' files come ahead: only the hits' are read, once known (loadCards).
    const loaded = await options.files.getAll(names, options.cost, earlyCards);
    names.forEach((name, i) => bytesOf.set(name, loaded[i]));
    earlyCards = [];
    for (const interval of batch) {
      matchInterval(interval, required.length, bytesOf, top, matches);
      read.add(interval);
    }
    next = end;
    roundFiles *= 2;
  }
  const unread = intervals.filter((interval) => !read.has(interval));
  const result = summarise(required, unread, matches, top, stoppedByBudget, options.occupancy);
  const counting = stoppedByBudget ? undefined : countingFiles(unread, options, bytesOf);
  if (!counting) return result;
  const exactCount = async (): Promise<RunResult> => {
    const loaded = await options.files.getAll(counting, options.cost);
    counting.forEach((name, i) => bytesOf.set(name, loaded[i]));
    for (const interval of unread) matchInterval(interval, required.length, bytesOf, top, matches);
    return summarise(required, [], matches, top, stoppedByBudget, options.occupancy);
  };
  // Files already held: count now. Otherwise the caller reads them beside the hits' cards.
  return counting.some((name) => !options.files.has(name)) ? { ...result, exactCount } : exactCount();
}

/** The narrowing of a run: the group whose docs are all known, and the group read first, from these files. */
interface Narrowing {
  pinned: number;
  first: number;
  files: string[];
}

/**
 * A required word whose postings are all known (a rare word: inline, or all among its top
 * postings) pins the matches to its few docs. When two or more other required groups must still
 * be read, and that takes more than one round anyway, the group with the fewest bytes to read is
 * read first and the intervals where it holds none of the rare word's docs are dropped: three
 * words of which one is rare read the third's blocks only where the first two meet, and the
 * docs where they meet are then the only docs that can match. A group whose block table is not
 * loaded yet is not read first; its table comes in the same round.
 */
function narrowingPlan(intervals: Interval[], requiredCount: number, options: EvaluateOptions): Narrowing | undefined {
  if (requiredCount < 3 || intervals.length === 0 || (options.seed?.length ?? 0) > 0) return undefined;
  const groups = Array.from({ length: requiredCount }, (_unused, g) => g);
  const pinned = groups.find((g) => intervals.every((interval) => interval.covering[g].every((s) => s.inline)));
  if (pinned === undefined) return undefined;
  const others = groups.filter((g) => g !== pinned);
  const loaded = others.filter((g) => intervals.every((interval) => interval.covering[g].every((s) => !s.unloaded)));
  if (others.length < 2 || loaded.length === 0) return undefined;
  const toRead = loaded.map((g) => ({ g, files: unheldFiles(intervals, g, options.files) }));
  const allFiles = new Set(toRead.flatMap(({ files }) => [...files.keys()]));
  const bytes = (files: Map<string, number>) => [...files.values()].reduce((sum, b) => sum + b, 0);
  const first = toRead.reduce((best, group) => (bytes(group.files) < bytes(best.files) ? group : best));
  // Every group's blocks in one round: nothing to gain (a big group without its table has many),
  // unless a group's blocks are held already (read beside the tables): then narrowing is free.
  if (loaded.length === others.length && allFiles.size <= firstRoundFiles && first.files.size > 0) return undefined;
  if (first.files.size > firstRoundFiles || options.cost.bytes + bytes(first.files) > options.budgetBytes) return undefined;
  const files = [...new Set(intervals.flatMap((interval) => interval.covering[first.g].flatMap((s) => (s.file ? [s.file.name] : []))))];
  return { pinned, first: first.g, files };
}

/**
 * The intervals where the first group holds a doc of the pinned one (a dropped interval holds no
 * match), and the files of those docs' cards (options.cardFiles): no other doc can match.
 */
async function narrowedToRareDocs(intervals: Interval[], { pinned, first, files }: Narrowing, options: EvaluateOptions, bytesOf: Map<string, Uint8Array>): Promise<[Interval[], string[]]> {
  const loaded = await options.files.getAll(files, options.cost);
  files.forEach((name, i) => bytesOf.set(name, loaded[i]));
  const docs: number[] = [];
  const kept = intervals.filter((interval) => {
    const other = groupPostings(interval.covering[first], interval, bytesOf);
    const both = [...groupPostings(interval.covering[pinned], interval, bytesOf).keys()].filter((doc) => other.has(doc));
    docs.push(...both);
    return both.length > 0;
  });
  return [kept, options.cardFiles(docs)];
}

function hasUnloaded(interval: Interval): boolean {
  return interval.covering.some((covering) => covering.some((s) => s.unloaded));
}

/** The files of one group's blocks over these intervals that are not held yet, with their sizes. */
function unheldFiles(intervals: Interval[], group: number, files: IndexFiles): Map<string, number> {
  const unheld = new Map<string, number>();
  for (const interval of intervals) for (const s of interval.covering[group]) if (s.file && !files.has(s.file.name)) unheld.set(s.file.name, s.file.bytes);
  return unheld;
}

/**
 * The top k is settled, but the count is not: when what is left to read is small, the files to
 * read so that small result sets get an exact count rather than an estimate (undefined: too much).
 */
function countingFiles(unread: Interval[], options: EvaluateOptions, bytesOf: Map<string, Uint8Array>): string[] | undefined {
  if (unread.length === 0 || unread.some(hasUnloaded)) return undefined;
  const wanted = new Map<string, number>();
  for (const interval of unread) {
    for (const name of filesOf(interval)) if (!bytesOf.has(name) && !options.files.has(name)) wanted.set(name, fileBytes(interval, name));
  }
  const bytes = [...wanted.values()].reduce((sum, b) => sum + b, 0);
  if (bytes > countingBytes || options.cost.bytes + bytes > options.budgetBytes) return undefined;
  return [...new Set(unread.flatMap(filesOf))].filter((name) => !bytesOf.has(name));
}

function fileBytes(interval: Interval, name: string): number {
  for (const covering of interval.covering) for (const s of covering) if (s.file?.name === name) return s.file.bytes;
  return 0;
}

function summarise(required: Group[], unread: Interval[], matches: Set<number>, top: TopK, stoppedByBudget: boolean, occupancy: number): RunResult {
  const rankingIsExact = !stoppedByBudget;
  if (unread.length === 0) return { top: top.items, total: matches.size, totalIsExact: true, rankingIsExact, allMatches: matches };
  // One term: its document frequency is in its entry (the sum of its blocks' counts).
  if (required.length === 1 && required[0].length === 1) {
    return { top: top.items, total: required[0][0].reduce((sum, s) => sum + s.count, 0), totalIsExact: true, rankingIsExact };
  }
  let estimate = matches.size;
  for (const interval of unread) estimate += expectedMatches(interval, required.length, occupancy);
  return { top: top.items, total: Math.max(matches.size, top.items.length, Math.round(estimate)), totalIsExact: false, rankingIsExact };
}
