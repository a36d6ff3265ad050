/**
 * Which engine answers the search page. A site carries one index (fihris build --search-engine);
 * the page says which in data-search-engine when it knows, otherwise the island tries each
 * engine in turn and keeps the first whose index loads (one failed request on the first search).
 * To add an engine: one entry in `engines`.
 */
import { createFihrisIndexEngine } from './fihris-index-engine.ts';
import { createPagefindEngine } from './pagefind-engine.ts';
import type { SearchEngine } from './search-engine.ts';

type EngineFactory = (root: HTMLElement) => SearchEngine;

const engines: Record<string, EngineFactory> = {
  pagefind: (root) => createPagefindEngine(root.dataset.pagefind ?? './pagefind/pagefind.js'),
  fihris: (root) => createFihrisIndexEngine({ baseUrl: new URL(root.dataset.fihrisIndex ?? './fihris-index/', location.href).href }),
};

export function createSiteEngine(root: HTMLElement): SearchEngine {
  const named = root.dataset.searchEngine && engines[root.dataset.searchEngine];
  return named ? named(root) : firstAvailableEngine(Object.values(engines).map((create) => () => create(root)));
}

/**
 * An engine that, on its first search, tries each candidate until one answers, then keeps it.
 * A candidate that throws on its first search (its index is not on this site) is skipped; the
 * last one's error is the page's error.
 */
export function firstAvailableEngine(candidates: readonly (() => SearchEngine)[]): SearchEngine {
  let chosen: SearchEngine | undefined;
  return {
    async search(query, scope) {
      if (chosen) return chosen.search(query, scope);
      let lastError: unknown = new Error('No search engine is configured for this site.');
      for (const create of candidates) {
        const engine = create();
        try {
          const results = await engine.search(query, scope);
          chosen = engine;
          return results;
        } catch (error) {
          lastError = error;
        }
      }
      throw lastError;
    },
  };
}
