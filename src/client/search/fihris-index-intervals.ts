/**
 * Block-max bookkeeping: the doc-id space cut at every block edge of the query's terms, each
 * piece with the blocks covering it and the best score any doc in it could reach.
 */
import type { FileRef, TermEntry } from '../../shared/search/fihris-index-format.ts';

export interface Segment {
  firstDoc: number;
  lastDoc: number;
  count: number;
  maxImpact: number;
  /** Most a doc of this segment scores when it is not among the term's top postings. */
  cap: number;
  /** The term's top postings, doc → impact (shared by all segments of the term). */
  top?: Map<number, number>;
  /** The last of the top postings by rank, [impact, doc]: every other posting ranks after it. */
  lastTop?: [number, number];
  file?: FileRef;
  offset: number;
  length: number;
  inline?: { docs: number[]; impacts: number[] };
  /** Stands for every block of a term whose block table is not loaded yet: reading it needs the table. */
  unloaded?: boolean;
  /** A completion of a typed word's letters beside the word's stem (QueryEntry): see expectedMatches. */
  sameWord?: boolean;
}

/**
 * An entry as a query looks at it: `sameWord` marks a completion of a typed word's letters when the
 * word's stem has an entry too (ديوان: its stem ديو, and ديوان…), which holds nearly the same records.
 */
export type QueryEntry = TermEntry & { sameWord?: boolean };

/** A group: the terms one query key matches (one, or a prefix word's completions). */
export type Group = Segment[][];

/** The entry's segments; one `unloaded` segment over the whole doc space while its block table is in a t/ file not read. */
export function segmentsOf(entry: QueryEntry, docSpace: number): Segment[] {
  const { sameWord } = entry;
  // A term with at most topPostings docs has them all among its top postings (in doc order):
  // known without reading a block, as if inline.
  const known = entry.inline ?? (entry.top && entry.top.docs.length === entry.df ? entry.top : undefined);
  if (known) {
    const { docs, impacts } = known;
    // Every posting is known: its docs are top candidates with exact impacts, and no other doc has one.
    const top = new Map(docs.map((doc, i) => [doc, impacts[i]]));
    return [{ firstDoc: docs[0], lastDoc: docs[docs.length - 1], count: docs.length, maxImpact: Math.max(...impacts), cap: 0, top, offset: 0, length: 0, inline: known, sameWord }];
  }
  const top = entry.top ? new Map(entry.top.docs.map((doc, i) => [doc, entry.top!.impacts[i]])) : undefined;
  const lastTop = top ? [...top].reduce((last, [doc, impact]) => (impact < last[0] || (impact === last[0] && doc > last[1]) ? [impact, doc] : last), [256, -1] as [number, number]) : undefined;
  const restMax = entry.restMax ?? 255;
  const shared = { top, ...(lastTop && { lastTop }), sameWord };
  if (!entry.blocks && entry.table) {
    return [{ firstDoc: 0, lastDoc: docSpace - 1, count: entry.df, maxImpact: restMax, cap: restMax, offset: 0, length: 0, unloaded: true, ...shared }];
  }
  return (entry.blocks ?? []).map((block) => ({ ...block, cap: Math.min(block.maxImpact, restMax), ...shared }));
}

export interface Interval {
  from: number;
  /** Exclusive. */
  to: number;
  /** Best score of a doc of this interval that is in no term's top postings. */
  upperBound: number;
  /** The first doc that could score upperBound (later than `from` when ties with a top posting rule the earlier ones out). */
  boundFrom: number;
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

/**
 * Most a doc up to `lastDoc` that is not among the segment's top postings can score: one less than
 * its cap when the cap ties the last top posting, which ranks before every other posting.
 */
function capBefore(s: Segment, lastDoc: number): number {
  return s.lastTop && s.cap === s.lastTop[0] && lastDoc < s.lastTop[1] ? s.cap - 1 : s.cap;
}

/**
 * One group (a word, or a prefix word's completions): a doc's score is its best term's impact, so
 * ranks can be bounded with ties too. A term's posting outside its top postings ranks after the
 * last of them: at that impact, only a later doc can have it.
 */
function oneGroupBound(covering: Segment[], from: number, to: number): { upperBound: number; boundFrom: number } {
  let best = { upperBound: 0, boundFrom: from };
  for (const s of covering) {
    let bound = { upperBound: s.cap, boundFrom: from };
    if (s.lastTop && s.cap === s.lastTop[0]) {
      bound = s.lastTop[1] + 1 < to ? { upperBound: s.cap, boundFrom: Math.max(from, s.lastTop[1] + 1) } : { upperBound: s.cap - 1, boundFrom: from };
    }
    if (bound.upperBound > best.upperBound || (bound.upperBound === best.upperBound && bound.boundFrom < best.boundFrom)) best = bound;
  }
  return best;
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
    const to = points[i + 1];
    if (covering.slice(0, required.length).some((c) => c.length === 0 || !mayHoldDoc(c, from, to))) continue;
    if (groups.length === 1) {
      intervals.push({ from, to, ...oneGroupBound(covering[0], from, to), covering });
      continue;
    }
    let upperBound = 0;
    for (const c of covering) upperBound += c.reduce((max, s) => Math.max(max, capBefore(s, to - 1)), 0);
    intervals.push({ from, to, upperBound, boundFrom: from, covering });
  }
  return intervals;
}

/**
 * False when the postings of every term covering [from, to) are known (inline) and none lies
 * there: the group has no doc there, so nothing there can match. A rare word's one segment
 * spans its docs from first to last, and the other words' block edges cut it into pieces
 * most of which hold none of its docs.
 */
function mayHoldDoc(covering: Segment[], from: number, to: number): boolean {
  return covering.some((s) => !s.inline || hasDocIn(s.inline.docs, from, to));
}

/** Whether ascending `docs` has one in [from, to). */
function hasDocIn(docs: number[], from: number, to: number): boolean {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (docs[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < docs.length && docs[low] < to;
}

/**
 * Expected matches in an interval not read, assuming terms independent: the records there × the
 * chance every required group has the record (a group has it unless none of its terms does).
 * `occupancy` is records per doc id: the ids are spread over two to four times the record count
 * (doc-ids.ts), so a term's postings per id understate its share of the records, and reading them
 * as a share of the ids took 1/occupancy off the estimate per word after the first. A typed word's
 * stem and its letters' completions (`sameWord`) are not independent: the stem alone counts for
 * them where it has a block (taken as independent, ديوان read "about 2,606" for 1,321 at 100k).
 */
export function expectedMatches(interval: Interval, requiredCount: number, occupancy: number): number {
  let expected = (interval.to - interval.from) * occupancy;
  for (const covering of interval.covering.slice(0, requiredCount)) {
    const counted = covering.filter((s) => !s.sameWord);
    let none = 1;
    for (const s of counted.length ? counted : covering) none *= 1 - Math.min(1, s.count / ((s.lastDoc - s.firstDoc + 1) * occupancy));
    expected *= 1 - none;
  }
  return expected;
}

/**
 * A doc among some term's top postings, with the best score it can have: its known impacts,
 * and for the other terms their caps. `exact` when that bound is its score (nothing to read).
 */
export interface TopCandidate {
  doc: number;
  interval: Interval;
  upperBound: number;
  exact: boolean;
}

function candidateBound(doc: number, interval: Interval, requiredCount: number): { upperBound: number; exact: boolean } {
  let upperBound = 0;
  let exact = true;
  interval.covering.forEach((covering, g) => {
    let known: number | undefined;
    let others = 0;
    for (const s of covering) {
      const impact = s.top?.get(doc);
      if (impact !== undefined) known = Math.max(known ?? 0, impact);
      else others = Math.max(others, capBefore(s, doc));
    }
    upperBound += Math.max(known ?? 0, others);
    if (g < requiredCount ? known === undefined || others > known : others > (known ?? 0)) exact = false;
  });
  return { upperBound, exact };
}

/** Every top-postings doc inside a candidate interval. */
export function topCandidates(intervals: Interval[], requiredCount: number): TopCandidate[] {
  const docs = new Set<number>();
  for (const interval of intervals) for (const covering of interval.covering) for (const s of covering) if (s.top) for (const doc of s.top.keys()) docs.add(doc);
  const sorted = [...docs].sort((a, b) => a - b);
  const candidates: TopCandidate[] = [];
  let i = 0;
  for (const doc of sorted) {
    while (i < intervals.length && intervals[i].to <= doc) i++;
    const interval = intervals[i];
    if (!interval || interval.from > doc) continue;
    candidates.push({ doc, interval, ...candidateBound(doc, interval, requiredCount) });
  }
  return candidates;
}
