/**
 * The search lives in the page URL (?q=…&library=…) so that a search can be shared,
 * bookmarked and reloaded, and so the no-JS form and the island speak the same language.
 */

export interface SearchState {
  query: string;
  library: string;
}

/** The search a URL asks for. */
export function readSearchState(url: URL): SearchState {
  return { query: url.searchParams.get('q')?.trim() ?? '', library: url.searchParams.get('library') ?? '' };
}

/** The same URL with the search written into it; empty values are left out. */
export function withSearchState(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.searchParams.delete('q');
  next.searchParams.delete('library');
  if (state.query) next.searchParams.set('q', state.query);
  if (state.library) next.searchParams.set('library', state.library);
  return next;
}
