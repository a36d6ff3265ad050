/**
 * "Did you mean": after a search with no results, a list of links to corrected searches, built
 * from the index vocabulary (src/shared/search/suggest.ts). The vocabulary and the matcher's
 * code are downloaded the first time a search finds nothing, never before: most readers never
 * need them. The links keep the search's scope.
 */
import type { Lang } from '../../shared/i18n/languages.ts';
import { searchText } from '../../shared/i18n/search-strings.ts';
import type { Vocabulary } from '../../shared/search/suggest.ts';
import type { SearchEngine } from './search-engine.ts';
import { hasScope, scopeOf, withSearchState, type SearchState } from './search-url.ts';

export interface SuggestionContext {
  engine: SearchEngine;
  state: SearchState;
  lang: Lang;
  /** The site root relative to this page ("./" or "../"). */
  siteRoot: string;
  /** False once the reader has started another search: its answer must not be overwritten. */
  current: () => boolean;
}

/** Links shown at most. */
const SHOWN = 5;
const LABEL_ID = 'search-suggestions-label';

type Matcher = typeof import('../../shared/search/suggest.ts');
interface Loaded {
  matcher: Matcher;
  vocabulary: Vocabulary;
}

let loading: Promise<Loaded | undefined> | undefined;

/** The matcher and the vocabulary, fetched once per page; a site without the file gets no suggestions. */
function load(siteRoot: string): Promise<Loaded | undefined> {
  loading ??= import('../../shared/search/suggest.ts')
    .then(async (matcher) => {
      const response = await fetch(new URL(matcher.vocabularyPath, new URL(siteRoot, location.href)));
      const file: { words?: unknown } | undefined = response.ok ? await response.json() : undefined;
      if (!Array.isArray(file?.words)) return undefined;
      return { matcher, vocabulary: matcher.createVocabulary(file.words.filter((word) => typeof word === 'string')) };
    })
    .catch(() => undefined);
  return loading;
}

/** Removes the suggestions of an earlier search, if any. */
export function clearSuggestions(after: HTMLElement): void {
  after.parentElement?.querySelector('[data-suggestions]')?.remove();
}

/**
 * Puts the suggestions for a search that found nothing right after `after` (the count line).
 * The box exists, empty and aria-live, before the links arrive, so screen readers announce them.
 */
export async function showSuggestions(after: HTMLElement, context: SuggestionContext): Promise<void> {
  clearSuggestions(after);
  if (!context.state.query) return;
  const box = document.createElement('div');
  box.dataset.suggestions = 'loading';
  box.setAttribute('aria-live', 'polite');
  after.after(box);
  const queries = await suggestionsFor(context).catch(() => []);
  if (!context.current() || !box.isConnected) return;
  box.dataset.suggestions = 'done';
  if (queries.length) box.append(...suggestionList(queries, context));
}

/** Corrected queries that find something in the search's scope, best first. */
async function suggestionsFor(context: SuggestionContext): Promise<string[]> {
  const { engine, state } = context;
  const loaded = await load(context.siteRoot);
  if (!loaded || !context.current()) return [];
  const unmatched = await unmatchedKeys(loaded, engine, state);
  const candidates = loaded.matcher.suggestQueries(state.query, loaded.vocabulary, (key) => unmatched.has(key), SHOWN);
  const finds = await Promise.all(candidates.map((query) => findsSomething(loaded.matcher, engine, query, state)));
  return candidates.filter((_, i) => finds[i]);
}

/**
 * The query words the index has nowhere, in any library. A vocabulary word is in the index; a
 * lone word of an unscoped search that found nothing is not; any other word is asked of the engine.
 */
async function unmatchedKeys({ matcher, vocabulary }: Loaded, engine: SearchEngine, state: SearchState): Promise<Set<string>> {
  const all = matcher.spelledWords(state.query);
  const words = all.filter((word) => !vocabulary.rank.has(word.key));
  if (all.length === 1 && words.length === 1 && !hasScope(state)) return new Set([words[0].key]);
  const found = await Promise.all(words.map((word) => engine.search(word.spelling, {}).then((r) => r.total > 0, () => true)));
  return new Set(words.filter((_, i) => !found[i]).map((word) => word.key));
}

/**
 * Whether a suggested query finds anything in the scope. One word with no scope always does (a
 * vocabulary word, or a word the engine just found), so it costs no search.
 */
async function findsSomething(matcher: Matcher, engine: SearchEngine, query: string, state: SearchState): Promise<boolean> {
  if (!hasScope(state) && matcher.spelledWords(query).length === 1) return true;
  return engine.search(query, scopeOf(state)).then((results) => results.total > 0, () => false);
}

function suggestionList(queries: readonly string[], context: SuggestionContext): HTMLElement[] {
  const label = document.createElement('p');
  label.id = LABEL_ID;
  label.textContent = searchText(context.lang, 'search.suggestions');
  const list = document.createElement('ul');
  list.setAttribute('aria-labelledby', LABEL_ID);
  for (const query of queries) {
    const link = document.createElement('a');
    link.href = suggestionHref(query, context.state);
    link.dir = 'auto';
    link.textContent = query;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  return [label, list];
}

/** This page with the suggested query and the same scope: "search.html?q=…&library=…". */
function suggestionHref(query: string, state: SearchState): string {
  const url = withSearchState(new URL(location.href), { ...state, query });
  return `${url.pathname.split('/').pop() ?? ''}${url.search}`;
}
