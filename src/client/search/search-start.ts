/**
 * The search page's script as the page loads it, in two parts. This first part is small (about
 * 6 KB gzipped): on a site with the project's own index and a search in the page's URL, it starts
 * that search's dictionary reads at once (the root, then each word's dictionary page and chunk),
 * then imports the rest (the engine's evaluation, the cards, the page's controls), which arrives
 * while those reads are on the way. The engine finds the files in the page's session
 * (fihris-index-session.ts) and downloads none of them again.
 */
import { findEntries, pageIndexSession } from './fihris-index-session.ts';
import type { QueryCost } from './fihris-index-files.ts';
import { planQuery } from './fihris-index-query.ts';
import { readSearchState, scopeOf } from './search-url.ts';

/** The reads the first search of the URL will need, started now; a failure is left for that search to meet and report. */
async function startFirstReads(searchRoot: HTMLElement): Promise<void> {
  const state = readSearchState(new URL(location.href));
  const runs = planQuery(state.query, scopeOf(state));
  if (runs.length === 0) return;
  // The search itself counts what it downloads; these reads are its, made sooner.
  const cost: QueryCost = { bytes: 0, requests: 0, rounds: 0 };
  const { dictionary } = await pageIndexSession(searchRoot).open(cost);
  await findEntries(runs, dictionary, cost);
}

const searchRoot = document.querySelector<HTMLElement>('[data-search-root]');
if (searchRoot?.dataset.searchEngine === 'fihris') startFirstReads(searchRoot).catch(() => undefined);
void import('./search-page.ts').then(({ startSearchPage }) => startSearchPage());
