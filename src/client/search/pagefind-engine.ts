/**
 * The SearchEngine on Pagefind's browser API. The index holds normalised search keys
 * (src/build/pagefind-index.ts), so the query goes through the same queryTerms()/queryRuns()
 * first; Pagefind's own stemming is off (the index has no stemming language). Scopes and
 * facets are index words too (facet-keys.ts), never Pagefind filters.
 */
import { allKeysMatch, anyRunMatches } from './all-words.ts';
import { scopeKeys } from '../../shared/search/facet-keys.ts';
import { queryKeyRuns } from './search-key.ts';
import type { SearchEngine, SearchHit, SearchResults, SearchScope } from './search-engine.ts';

/** The part of pagefind.js this engine uses. */
interface Pagefind {
  options(options: { basePath?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; raw_url?: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

const pageSize = 20;

/**
 * An engine that loads the Pagefind bundle at `pagefindUrl` (relative to the page) on its
 * first search, not before: a reader who only reads records downloads nothing.
 */
export function createPagefindEngine(pagefindUrl: string): SearchEngine {
  let loading: Promise<Pagefind> | undefined;
  const load = () => (loading ??= loadPagefind(new URL(pagefindUrl, document.baseURI).href));
  return {
    async search(query: string, scope: SearchScope): Promise<SearchResults> {
      const pagefind = await load();
      const { all, anyOf } = scopeKeys(scope);
      const queryRuns = queryKeyRuns(query);
      // An empty query lists what the scope holds; an empty query with no scope finds nothing.
      const runs = (queryRuns.length ? queryRuns : all.length || anyOf.length ? [[]] : []).map((run) => [...run, ...all]);
      if (runs.length === 0) return page([], 0);
      const inRange = anyOf.length ? await anyKeyMatches(pagefind, anyOf) : undefined;
      const perRun = await Promise.all(runs.map((keys) => (keys.length ? resultsForAllKeys(pagefind, keys) : [...(inRange?.values() ?? [])])));
      const byId = new Map(perRun.flat().map((result) => [result.id, result]));
      const ids = anyRunMatches(perRun.map((results) => results.map((r) => r.id))).filter((id) => !inRange || inRange.has(id));
      return page(ids.map((id) => byId.get(id)!), 0);
    },
  };
}

/** Records matching at least one key (the year prefixes of a range), by id. */
async function anyKeyMatches(pagefind: Pagefind, keys: string[]): Promise<Map<string, PagefindResult>> {
  const lists = await Promise.all(keys.map((key) => resultsFor(pagefind, key)));
  return new Map(lists.flat().map((result) => [result.id, result]));
}

async function loadPagefind(url: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Pagefind's worker costs a second copy of its code (12 KB gzip) but takes the WebAssembly,
  // the decompression of every index file and the search itself off the main thread: without it
  // a throttled phone sees tasks of 100-500 ms and Lighthouse's blocking time of 250-1000 ms.
  await pagefind.options({ basePath: new URL('./', url).href, noWorker: false });
  await pagefind.init();
  return pagefind;
}

/** One search for the whole run (for Pagefind's ranking) and one per key (for the AND). */
async function resultsForAllKeys(pagefind: Pagefind, keys: string[]): Promise<PagefindResult[]> {
  if (keys.length === 1) return resultsFor(pagefind, keys[0]);
  const [ranked, ...perKey] = await Promise.all([
    resultsFor(pagefind, keys.join(' ')),
    ...keys.map((key) => resultsFor(pagefind, key)),
  ]);
  const byId = new Map([...ranked, ...perKey.flat()].map((result) => [result.id, result]));
  const ids = allKeysMatch(ranked.map((r) => r.id), perKey.map((results) => results.map((r) => r.id)));
  return ids.map((id) => byId.get(id)!);
}

async function resultsFor(pagefind: Pagefind, term: string): Promise<PagefindResult[]> {
  const response = await pagefind.search(term);
  const results = response?.results ?? [];
  return term.includes(' ') || await startsAnIndexedWord(term, results[0]) ? results : [];
}

/**
 * Pagefind answers a word it does not have by cutting letters off its end until something
 * matches ("تاريح" finds records with "ت"), with no limit. A key that starts an indexed word
 * is never cut, so checking the first hit's indexed words tells the two apart: one fragment,
 * which the result list loads anyway.
 */
async function startsAnIndexedWord(key: string, first: PagefindResult | undefined): Promise<boolean> {
  if (!first) return true;
  const { content } = await first.data();
  return content.split(/\s+/).some((word) => word.startsWith(key));
}

async function page(results: PagefindResult[], from: number): Promise<SearchResults> {
  const hits = await Promise.all(results.slice(from, from + pageSize).map(toHit));
  const next = from + pageSize;
  return {
    total: results.length,
    totalIsExact: true,
    hits,
    more: next < results.length ? () => page(results, next) : undefined,
  };
}

async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  return {
    url: data.raw_url ?? data.url,
    title: data.meta.title ?? '',
    author: data.meta.author || undefined,
    year: data.meta.year || undefined,
    libraries: data.filters.library ?? [],
  };
}
