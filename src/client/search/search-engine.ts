/**
 * The narrow interface between the search page and whatever answers its queries: Pagefind
 * (pagefind-engine.ts) or the project's own index (fihris-index-engine.ts), so the UI does not
 * know which engine it talks to.
 */

import type { FacetScope } from '../../shared/search/facet-keys.ts';

/** All libraries or one, and the facets (language, format, years, subject): see facet-keys.ts. */
export type SearchScope = FacetScope;

export interface SearchHit {
  /** The record page, relative to the site root: "r/<id>.html". */
  url: string;
  /** The title as catalogued (original script, not normalised). */
  title: string;
  author?: string;
  year?: string;
  /** Codes of the libraries that hold the record. */
  libraries: string[];
}

export interface SearchResults {
  total: number;
  /** False when `total` is not exact: a lower bound or an estimate (the page says "about"). */
  totalIsExact: boolean;
  /** The engine stopped at its download budget: some matches may be missing from the hits. */
  budgetExceeded?: boolean;
  /** The first page of hits, best first. */
  hits: SearchHit[];
  /** The next page of hits; absent when `hits` already holds them all. */
  more?: () => Promise<SearchResults>;
}

export interface SearchEngine {
  /** Every word of the query must match (AND). An empty query with a library lists its records. */
  search(query: string, scope: SearchScope): Promise<SearchResults>;
}

export const emptyResults: SearchResults = { total: 0, totalIsExact: true, hits: [] };
