/**
 * The exactness reference: every record scored by a plain scan of the same normalised terms
 * and the same scoring function, with none of the index's files, blocks or pruning.
 */
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';
import type { FacetScope } from '../../../src/shared/search/facet-keys.ts';
import { chooseCompletions, isCompletable } from '../../../src/shared/search/fihris-index-format.ts';
import { planQuery, type KeyLookup } from '../../../src/client/search/fihris-index-query.ts';
import { collectRecords } from '../../../src/search-index/collect-records.ts';
import { assignDocIds } from '../../../src/search-index/doc-ids.ts';
import { makeRawScorer } from '../../../src/search-index/invert.ts';
import { impactScaleTop, quantise } from '../../../src/search-index/scoring.ts';

interface ScannedDoc {
  doc: number;
  url: string;
  impacts: Map<string, number>;
}

export interface BruteForce {
  docs: ScannedDoc[];
  df: Map<string, number>;
}

export async function scanRecords(records: UnionRecord[]): Promise<BruteForce> {
  const collected = await collectRecords(records);
  const ids = collected.termIds.view();
  const dfById = new Int32Array(collected.terms.length);
  for (const id of ids) dfById[id]++;
  const score = makeRawScorer(collected, dfById);
  const start = collected.termStart.data;
  const docIds = assignDocIds(collected.permanentIds);
  const max = impactScaleTop(docIds.docSpace);
  const docs = records.map((record, r) => {
    const impacts = new Map<string, number>();
    for (let j = start[r]; j < start[r + 1]; j++) impacts.set(collected.terms[ids[j]], quantise(score(r, j), max));
    return { doc: docIds.byRecord[r], url: record.url, impacts };
  });
  const df = new Map(collected.terms.map((term, t) => [term, dfById[t]]));
  return { docs, df };
}

/** A lookup's terms, by the rules the engine's files encode, read off the scanned terms. */
function termsOf(scan: BruteForce, lookup: KeyLookup): string[] {
  if (lookup.anyOf) return lookup.anyOf;
  if (lookup.typed !== undefined) return [...new Set([lookup.key, ...termsOf(scan, { key: lookup.typed, prefix: true })])].filter((term) => scan.df.has(term));
  if (!lookup.prefix) return [lookup.key];
  const candidates = [...scan.df].filter(([term]) => term.startsWith(lookup.key) && isCompletable(term)).map(([term, df]) => ({ term, df }));
  return chooseCompletions(candidates, lookup.key);
}

function groupImpact(doc: ScannedDoc, terms: string[]): number | undefined {
  let best: number | undefined;
  for (const term of terms) {
    const impact = doc.impacts.get(term);
    if (impact !== undefined) best = Math.max(best ?? 0, impact);
  }
  return best;
}

export function bruteSearch(scan: BruteForce, query: string, scope: FacetScope, k = 10): { total: number; top: string[] } {
  const runs = planQuery(query, scope).map((run) => ({
    required: run.required.map((lookup) => termsOf(scan, lookup)),
  }));
  const scored: { doc: number; url: string; score: number }[] = [];
  for (const doc of scan.docs) {
    let best: number | undefined;
    for (const run of runs) {
      const required = run.required.map((terms) => groupImpact(doc, terms));
      if (required.some((impact) => impact === undefined)) continue;
      const score = required.reduce((sum, impact) => sum! + impact!, 0)!;
      best = Math.max(best ?? 0, score);
    }
    if (best !== undefined) scored.push({ doc: doc.doc, url: doc.url, score: best });
  }
  scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { total: scored.length, top: scored.slice(0, k).map((s) => s.url) };
}

/** What the engine answered, as far as the scan can check it. */
interface EngineAnswer {
  hits: { url: string }[];
  total: number;
  totalIsExact: boolean;
  rankingIsExact: boolean;
}

/**
 * How the engine's answer differs from the scan's, or undefined when it does not: its ranking
 * must be exact, its top 10 the scan's, a count labelled exact the scan's, and a count labelled
 * "about" at least the hits a page can show.
 * @example differenceFromScan(results, bruteSearch(scan, 'تاريخ ', {})) // undefined
 */
export function differenceFromScan(got: EngineAnswer, want: { total: number; top: string[] }): string | undefined {
  const countAgrees = got.totalIsExact ? got.total === want.total : got.total >= Math.min(want.total, 10);
  const topAgrees = JSON.stringify(got.hits.map((hit) => hit.url)) === JSON.stringify(want.top);
  if (got.rankingIsExact && countAgrees && topAgrees) return undefined;
  return `${got.totalIsExact ? '' : 'about '}${got.total} against ${want.total}${topAgrees ? '' : ', another top 10'}${got.rankingIsExact ? '' : ', ranking not exact'}`;
}
