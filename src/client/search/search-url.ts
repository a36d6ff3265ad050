/**
 * The search lives in the page URL (?q=…&library=…&lang=…&format=…&from=…&to=…&subject=…) so
 * that a search can be shared, bookmarked and reloaded, and so the no-JS form and the island
 * speak the same language.
 */
import type { SearchScope } from './search-engine.ts';

export interface SearchState {
  query: string;
  library: string;
  /** MARC language code (lang=ara). */
  language: string;
  format: string;
  /** Years as typed; kept as text so a half-typed year does not jump. */
  from: string;
  to: string;
  subject: string;
}

/** URL parameter of each state field besides the query. */
const params = { library: 'library', language: 'lang', format: 'format', from: 'from', to: 'to', subject: 'subject' } as const;
type ScopeField = keyof typeof params;
export const scopeFields = Object.keys(params) as ScopeField[];

/** The search a URL asks for. */
export function readSearchState(url: URL): SearchState {
  const state: SearchState = { query: url.searchParams.get('q')?.trim() ?? '', library: '', language: '', format: '', from: '', to: '', subject: '' };
  for (const field of scopeFields) state[field] = url.searchParams.get(params[field])?.trim() ?? '';
  return state;
}

/** The same URL with the search written into it; empty values are left out. */
export function withSearchState(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.searchParams.delete('q');
  for (const field of scopeFields) next.searchParams.delete(params[field]);
  if (state.query) next.searchParams.set('q', state.query);
  for (const field of scopeFields) if (state[field]) next.searchParams.set(params[field], state[field]);
  return next;
}

/** True when the state narrows the catalogue in any way (an empty query then lists records). */
export function hasScope(state: SearchState): boolean {
  return scopeFields.some((field) => state[field] !== '');
}

/**
 * The engine's scope for a state: a year that is not a number is ignored.
 * @example scopeOf({ …, from: '1990', to: 'x' }) // { yearFrom: 1990 }
 */
export function scopeOf(state: SearchState): SearchScope {
  const year = (text: string) => (/^\d{3,4}$/.test(text) ? Number(text) : undefined);
  const scope: SearchScope = {
    library: state.library || undefined,
    language: state.language || undefined,
    format: state.format || undefined,
    yearFrom: year(state.from),
    yearTo: year(state.to),
    subject: state.subject || undefined,
  };
  return Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined)) as SearchScope;
}
