/**
 * A word within one library, language or format, answered from scoped lists (written by
 * src/search-index/scoped-lists.ts: for each common word and scope, its best records there and
 * how many) instead of the AND of two long postings lists: a dense library's postings cost a broad
 * scoped query 110–150 KB at 100k records.
 * - A complete word: its list is the answer, exact top k and exact count.
 * - A word still being typed (a prefix): its completions' lists, found in one more dictionary
 *   round. The top k is exact: a record scores its best completion's score, and a record missing
 *   from a completion's list is beaten there by at least k others. The count is exact when only one
 *   completion has records in the scope (or every list is whole); otherwise it is the largest
 *   completion's count, a lower bound, labelled so. Completions too rare for a list are read the
 *   usual way, with the lists' top k as the bar to beat.
 */
import type { Dictionary } from './fihris-index-dictionary.ts';
import { byRank, type RunResult } from './fihris-index-evaluate.ts';
import type { QueryCost } from './fihris-index-files.ts';
import { lookupId, type KeyLookup, type QueryRun } from './fihris-index-query.ts';
import { hasScopedLists, isListedScopeWord, scopedKey, type TermEntry } from '../../shared/search/fihris-index-format.ts';

type Ranked = [doc: number, score: number];

/** The run's word and scope word, when the run is one word within one listed scope. */
function wordInScope(run: QueryRun): { word: KeyLookup; scope: KeyLookup } | undefined {
  if (run.required.length !== 2 || run.required.some((l) => l.anyOf)) return undefined;
  const scope = run.required.find((l) => !l.prefix && isListedScopeWord(l.key));
  const word = run.required.find((l) => l !== scope && !l.key.startsWith('zz'));
  return scope && word ? { word, scope } : undefined;
}

/** The lookup of a complete word's scoped list, for the dictionary round that finds the run's words. */
export function scopedLookup(run: QueryRun): KeyLookup | undefined {
  const shape = wordInScope(run);
  return shape && !shape.word.prefix ? { key: scopedKey(shape.word.key, shape.scope.key), prefix: false } : undefined;
}

/** A list that holds the first k records by rank, or all of them. */
function answersTopK(list: TermEntry | undefined, k: number): list is TermEntry & { ranked: NonNullable<TermEntry['ranked']> } {
  return list?.ranked !== undefined && (list.ranked.docs.length >= k || list.ranked.docs.length >= list.df);
}

function rankedOf(list: TermEntry & { ranked: NonNullable<TermEntry['ranked']> }): Ranked[] {
  return list.ranked.docs.map((doc, i): Ranked => [doc, list.ranked.scores[i]]);
}

/** A complete word's top k and count from its scoped list, when the list holds the top k. */
export function fromScopedList(run: QueryRun, entriesOf: Map<string, TermEntry[]>, k: number): RunResult | undefined {
  const lookup = scopedLookup(run);
  const list = lookup && entriesOf.get(lookupId(lookup))?.[0];
  if (!answersTopK(list, k)) return undefined;
  return { top: rankedOf(list).sort(byRank).slice(0, k), total: list.df, totalIsExact: true, rankingIsExact: true };
}

export interface CompletionsContext {
  k: number;
  dictionary: Dictionary;
  cost: QueryCost;
  /** The usual AND over these entries (one group per required key), starting from a known top k. */
  evaluateEntries: (entries: TermEntry[][], seed: Ranked[]) => Promise<RunResult>;
}

/**
 * A prefix word within a scope, from its completions' scoped lists; undefined when the usual
 * evaluation is as cheap (no completion has lists) or the lists cannot settle the top k.
 */
export async function fromScopedCompletions(run: QueryRun, entriesOf: Map<string, TermEntry[]>, context: CompletionsContext): Promise<RunResult | undefined> {
  const shape = wordInScope(run);
  if (!shape?.word.prefix) return undefined;
  const completions = entriesOf.get(lookupId(shape.word)) ?? [];
  const listed = completions.filter(hasScopedLists);
  if (listed.length === 0) return undefined;
  const rare = completions.filter((entry) => !hasScopedLists(entry));
  const scopeEntries = entriesOf.get(lookupId(shape.scope))!;
  // Rare completions are read against the scope's postings, whose block table is a file of its
  // own when the scope is big: fetched in the lists' round rather than in one after it.
  const [found] = await Promise.all([
    context.dictionary.find(listed.map((entry) => ({ key: scopedKey(entry.term, shape.scope.key), prefix: false })), context.cost),
    rare.length > 0 ? context.dictionary.loadTables([...rare, ...scopeEntries], context.cost) : undefined,
  ]);
  // A listed completion without a list has no record in the scope.
  const lists = found.flatMap(([list]) => (list ? [list] : []));
  // The lists join the query's entries: the card tags they carry name their first hits' card
  // files. Keyed by their terms, which no lookup id (lookupId: it starts with = or *) can be.
  for (const list of lists) entriesOf.set(list.term, [list]);
  if (!lists.every((list) => answersTopK(list, context.k))) return undefined;

  const best = new Map<number, number>();
  for (const list of lists) for (const [doc, score] of rankedOf(list)) best.set(doc, Math.max(best.get(doc) ?? 0, score));
  const listsTop = [...best].sort(byRank).slice(0, context.k);
  const rareSettled = rare.length > 0 ? await context.evaluateEntries([rare, scopeEntries], listsTop) : undefined;
  const rareRun = (await rareSettled?.exactCount?.()) ?? rareSettled;

  const whole = lists.every((list) => list.ranked!.docs.length >= list.df);
  const rareCounted = !rareRun || rareRun.allMatches !== undefined;
  const only = lists.length === 1 && !rareRun ? lists[0] : undefined;
  const exactTotal = only ? only.df : whole && rareCounted ? new Set([...best.keys(), ...(rareRun?.allMatches ?? [])]).size : undefined;
  const atLeast = Math.max(0, ...lists.map((list) => list.df), rareRun?.totalIsExact ? rareRun.total : 0);
  return {
    top: rareRun ? rareRun.top : listsTop,
    total: exactTotal ?? atLeast,
    totalIsExact: exactTotal !== undefined,
    rankingIsExact: rareRun?.rankingIsExact ?? true,
  };
}
