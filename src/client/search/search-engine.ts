/**
 * The narrow interface between the search page and whatever answers its queries.
 * Today Pagefind answers (pagefind-engine.ts); the project's own index will plug in here
 * later, so the UI must not know which engine it talks to.
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
  /** False when `total` is a lower bound (an engine that stops counting early). */
  totalIsExact: boolean;
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
