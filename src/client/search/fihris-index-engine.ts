/**
 * The project's own static index engine (issue 9), behind the same SearchEngine interface as
 * the Pagefind engine. Plain TypeScript, no WASM: downloads root.json, then per query a few small
 * files (dictionary page and chunk, the postings blocks the block maxima say can matter, the
 * hits' cards), all within a byte budget it reports against.
 */
import { loadCards, namedCardFiles } from './fihris-index-cards.ts';
import { Dictionary } from './fihris-index-dictionary.ts';
import { FihrisIndexError } from './fihris-index-error.ts';
import { byRank, evaluateRun, type EvaluateOptions, type RunResult } from './fihris-index-evaluate.ts';
import { facetsFromCards, facetsFromEntries, type FacetCounts } from './fihris-index-facets.ts';
import { decodeOrFail, IndexFiles, type QueryCost } from './fihris-index-files.ts';
import { formatName, type IndexRoot } from '../../shared/search/fihris-index-format.ts';
import { segmentsOf, type QueryEntry } from './fihris-index-intervals.ts';
import { lookupId, plainLookups, planQuery, type QueryRun } from './fihris-index-query.ts';
import { fromScopedCompletions, fromScopedList, scopedLookup } from './fihris-index-scoped.ts';
import type { SearchEngine, SearchResults, SearchScope } from './search-engine.ts';

export interface FihrisEngineOptions {
  /** URL of the index folder (the one holding root.json). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Most bytes one query may download before it stops early and says so. */
  budgetBytes?: number;
  pageSize?: number;
}

export interface FihrisSearchResults extends SearchResults {
  /** False when the budget stopped the search before the order of the hits was certain. */
  rankingIsExact: boolean;
  /** The query needed more than the budget: it stopped early, or its cards went past it. */
  budgetExceeded: boolean;
  facets: FacetCounts;
  /** What this query downloaded (files already held cost nothing). */
  cost: QueryCost;
  more?: () => Promise<FihrisSearchResults>;
}

export interface FihrisEngine extends SearchEngine {
  search(query: string, scope: SearchScope): Promise<FihrisSearchResults>;
}

const defaultBudget = 200_000;
const defaultPageSize = 10;

/** @example createFihrisIndexEngine({ baseUrl: '/fihris-index/' }).search('تاريخ عمان', {}) */
export function createFihrisIndexEngine(options: FihrisEngineOptions): FihrisEngine {
  const files = new IndexFiles(options.baseUrl, options.fetch ?? globalThis.fetch.bind(globalThis));
  const firstBudget = options.budgetBytes ?? defaultBudget;
  const pageSize = options.pageSize ?? defaultPageSize;
  let opened: Promise<{ root: IndexRoot; dictionary: Dictionary }> | undefined;
  const open = (cost: QueryCost) => {
    opened ??= files.getAll(['root.json'], cost).then(([bytes]) => {
      const root = decodeOrFail('root.json', () => JSON.parse(new TextDecoder().decode(bytes)) as IndexRoot);
      if (root.format !== formatName) throw new FihrisIndexError('corrupt', 'root.json', `format ${root.format}, expected ${formatName}`);
      return { root, dictionary: new Dictionary(files, root) };
    });
    opened.catch(() => (opened = undefined));
    return opened;
  };

  /**
   * The best hits not in `shown`, a page of them. A search the budget stopped offers more even
   * when its page is short: asked for, it goes on with twice the budget for what it has not
   * read yet (the files it read stay held and cost nothing again).
   */
  async function searchPage(query: string, scope: SearchScope, shown: ReadonlySet<number>, budget: number): Promise<FihrisSearchResults> {
    const cost: QueryCost = { bytes: 0, requests: 0, rounds: 0 };
    const { root, dictionary } = await open(cost);
    const runs = planQuery(query, scope);
    if (runs.length === 0) return { total: 0, totalIsExact: true, hits: [], rankingIsExact: true, budgetExceeded: false, facets: { counts: {}, exact: true }, cost };
    const entriesOf = await findEntries(runs, dictionary, cost);
    const k = shown.size + pageSize;
    const cardReserve = pageSize * (root.cardFileMaxBytes + root.cardShardBytes);
    // Read when the cards are wanted: a run may add the entries it looked up (scoped lists).
    const entries = () => [...entriesOf.values()].flat();
    // A run that knows its few possible hits before its last round fetches their cards in it,
    // a page of them at most: within the bytes kept for the cards.
    const cardFiles = (docs: number[]) => (docs.length > pageSize ? [] : namedCardFiles(docs, root, entries()));
    // Runs one after another, each starting from the best records found so far: the pair run's
    // high scores let the words' run skip most of its blocks.
    const results: RunResult[] = [];
    for (const run of runs) {
      const seed = results.length ? mergeRuns(results, runs, k).top : [];
      results.push(await evaluate(run, entriesOf, { k, files, cost, budgetBytes: budget - cardReserve, cardFiles, occupancy: root.docs / root.docSpace }, seed, dictionary, root.docSpace));
    }
    // The top k is settled; a count that a few more KB make exact is read while the cards download.
    const docs = mergeRuns(results, runs, k).top.filter(([doc]) => !shown.has(doc)).slice(0, pageSize).map(([doc]) => doc);
    const [cards, counted] = await Promise.all([
      loadCards(docs, root, files, cost, entries()),
      Promise.all(results.map((result) => result.exactCount?.() ?? result)),
    ]);
    const merged = mergeRuns(counted, runs, k);
    // A card has no author or year rather than an empty one (toCard), as a hit.
    const hits = cards.map(({ facets, ...card }) => ({
      ...card, libraries: facets.map((f) => root.facets[f]).filter((f) => f.startsWith('lib:')).map((f) => f.slice(4)),
    }));
    const allOnPage = merged.totalIsExact && shown.size === 0 && merged.total <= cards.length;
    const singleTermEntries = runs.length === 1 ? runs[0].required.map((l) => entriesOf.get(lookupId(l))!).filter((e) => e.length === 1).map((e) => e[0]) : [];
    const oneWord = runs.length === 1 && runs[0].required.length === 1 && !runs[0].required[0].prefix && singleTermEntries.length === 1;
    const facets = allOnPage ? facetsFromCards(cards, root) : facetsFromEntries(singleTermEntries, merged.total, oneWord, root);
    // A full page shows k hits in all.
    const hasMore = !merged.rankingIsExact || (hits.length === pageSize && (merged.top.length > k || merged.total > k));
    return {
      total: merged.total, totalIsExact: merged.totalIsExact, hits, rankingIsExact: merged.rankingIsExact,
      budgetExceeded: !merged.rankingIsExact || cost.bytes > budget, facets, cost,
      ...(hasMore && { more: () => searchPage(query, scope, new Set([...shown, ...docs]), merged.rankingIsExact ? budget : budget * 2) }),
    };
  }

  return { search: (query, scope) => searchPage(query, scope, new Set(), firstBudget) };
}

/**
 * Each lookup's entries, all found in one go: a range's year prefixes and a typed word's stem and
 * typed letters are looked up as plain lookups (plainLookups()), and its entries are theirs.
 */
async function findEntries(runs: QueryRun[], dictionary: Dictionary, cost: QueryCost): Promise<Map<string, QueryEntry[]>> {
  const scoped = runs.flatMap((run) => scopedLookup(run) ?? []);
  const lookups = [...new Map([...runs.flatMap((run) => run.required), ...scoped].map((l) => [lookupId(l), l])).values()];
  const unique = [...new Map(lookups.flatMap(plainLookups).map((l) => [lookupId(l), l])).values()];
  const found = await dictionary.find(unique, cost);
  const entriesOf = new Map(unique.map((lookup, i) => [lookupId(lookup), found[i]]));
  // No term is found twice: a stem is shorter than its typed letters, so never one of their completions.
  for (const lookup of lookups) {
    const [first, ...rest] = plainLookups(lookup).map((plain) => entriesOf.get(lookupId(plain))!);
    // Copies: a marked entry is this query's view of it, never the dictionary's.
    const marked = lookup.typed && first.length > 0 ? rest.map((entries) => entries.map((entry) => ({ ...entry, sameWord: true }))) : rest;
    entriesOf.set(lookupId(lookup), [first, ...marked].flat());
  }
  return entriesOf;
}

/**
 * From a scoped list (a complete word) or its completions' lists (a word being typed), else the
 * usual AND over the entries.
 */
async function evaluate(
  run: QueryRun, entriesOf: Map<string, QueryEntry[]>, options: Omit<EvaluateOptions, 'seed'>, seed: [number, number][],
  dictionary: Dictionary, docSpace: number,
): Promise<RunResult> {
  const evaluateEntries = (entries: QueryEntry[][], from: [number, number][]) => evaluateAnd(entries, { ...options, seed: from }, dictionary, docSpace);
  const scoped = fromScopedList(run, entriesOf, options.k)
    ?? await fromScopedCompletions(run, entriesOf, { k: options.k, dictionary, cost: options.cost, evaluateEntries });
  if (scoped) return scoped;
  return evaluateEntries(run.required.map((lookup) => entriesOf.get(lookupId(lookup))!), seed);
}

/** Every group's entries ANDed, block-max; when that needs block tables not loaded yet, again with them loaded. */
async function evaluateAnd(entries: QueryEntry[][], options: EvaluateOptions, dictionary: Dictionary, docSpace: number): Promise<RunResult> {
  const groups = () => entries.map((group) => group.map((entry) => segmentsOf(entry, docSpace)));
  const first = await evaluateRun(groups(), [], options);
  if (!first.needsTables) return first;
  await dictionary.loadTables(entries.flat(), options.cost, first.prefetch);
  return evaluateRun(groups(), [], options);
}

/** A record matches the query when it matches any run; its score is its best run's. */
function mergeRuns(results: RunResult[], runs: QueryRun[], k: number): RunResult {
  if (results.length === 1) return results[0];
  const best = new Map<number, number>();
  for (const result of results) for (const [doc, score] of result.top) best.set(doc, Math.max(best.get(doc) ?? 0, score));
  const top = [...best].sort(byRank).slice(0, k);
  const counted = results.filter((_, i) => !runs[i].subset);
  const complete = counted.every((r) => r.allMatches);
  const union = complete ? new Set(counted.flatMap((r) => [...r.allMatches!])) : undefined;
  return {
    top,
    total: union ? union.size : Math.max(0, ...counted.map((r) => r.total)),
    totalIsExact: union !== undefined || (counted.length === 1 && counted[0].totalIsExact),
    rankingIsExact: results.every((r) => r.rankingIsExact),
    ...(union && { allMatches: union }),
  };
}
