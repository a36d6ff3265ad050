/**
 * The SearchEngine on Pagefind's browser API. The index holds normalised search keys, each
 * word ending with a tatweel (src/build/pagefind-record.ts, pagefind-words.ts), so the query goes
 * through the same queryTerms()/queryRuns() first, and each key becomes the Pagefind words that
 * look it up exactly or as a prefix, as the contract says; Pagefind's own stemming is off (the
 * index has no stemming language). Scopes and facets are index words too (facet-keys.ts), never
 * Pagefind filters.
 */
import { allKeysMatch } from './all-words.ts';
import { scopeKeys } from '../../shared/search/facet-keys.ts';
import { pagefindIndexWord, pagefindWordsOf } from '../../shared/search/pagefind-words.ts';
import { queryRuns, queryTerms } from '../../shared/text/arabic.ts';
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
      // A scope is more lookups: each of its words exactly, and a year range's prefixes, any one of them.
      const scopeLookups = [...all.map((key) => [pagefindIndexWord(key)]), ...(anyOf.length ? [anyOf] : [])];
      const queryLookups = pagefindLookupRuns(query);
      // An empty query lists what the scope holds; an empty query with no scope finds nothing.
      const runs = queryLookups.length ? queryLookups : scopeLookups.length ? [[]] : [];
      // Ranked by the query's words, each lookup's broadest (the word being typed as typed).
      const perRun = await Promise.all(runs.map((run) => resultsForAllLookups(pagefind, run.map((words) => words.at(-1)).join(' '), [...run, ...scopeLookups])));
      // A query matches when any run matches: each record once, the first run's first.
      return page([...new Map(perRun.flat().map((result) => [result.id, result])).values()], 0);
    },
  };
}

/**
 * The query's runs (queryRuns), each a list of lookups: a lookup is the Pagefind words of one
 * key (pagefindWordsOf), of which a record must be found by at least one.
 * @example pagefindLookupRuns('تاريخ السلطان') // [[['تاريخـ'], ['سلطـ', 'سلطان']]]
 */
export function pagefindLookupRuns(query: string): string[][][] {
  // A key asked twice is searched twice: the AND holds, and Pagefind has the word's chunk by then.
  return queryRuns(queryTerms(query)).map((run) => run.filter((key) => key.key).map(pagefindWordsOf)).filter((lookups) => lookups.length > 0);
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

/**
 * One search for the query's words (`rankedBy`: Pagefind's ranking) and one per word of every
 * lookup (the AND over the lookups). A one-word query searches its word twice: Pagefind holds the
 * word's index chunk by then, and keeps each fragment it loaded (loadFragment's cachedLoad), so
 * nothing is downloaded twice.
 */
async function resultsForAllLookups(pagefind: Pagefind, rankedBy: string, lookups: string[][]): Promise<PagefindResult[]> {
  const [ranked, ...perLookup] = await Promise.all([
    resultsFor(pagefind, rankedBy),
    ...lookups.map(async (words) => (await Promise.all(words.map((word) => resultsFor(pagefind, word)))).flat()),
  ]);
  const byId = new Map([...ranked, ...perLookup.flat()].map((result) => [result.id, result]));
  const ids = allKeysMatch(ranked.map((r) => r.id), perLookup.map((results) => results.map((r) => r.id)));
  return ids.map((id) => byId.get(id)!);
}

async function resultsFor(pagefind: Pagefind, term: string): Promise<PagefindResult[]> {
  const response = await pagefind.search(term);
  const results = response?.results ?? [];
  return term.includes(' ') || await startsAnIndexedWord(term, results[0]) ? results : [];
}

/**
 * Pagefind answers a word it does not have by cutting letters off its end until something
 * matches ("تاريح" finds records with "ت"), with no limit. A word that starts an indexed word
 * is never cut, so checking the first hit's indexed words tells the two apart: one fragment,
 * which the result list loads anyway. A word with the tatweel starts only its own word.
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
