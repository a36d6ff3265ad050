/**
 * The search island: the only script on the site, loaded on the search pages only.
 * It reads ?q= and ?library= from the URL, runs the search on every change, shows the count
 * (announced through aria-live) and the result cards, and writes the search back into the URL.
 */
import { isLang, type Lang } from '../../shared/i18n/languages.ts';
import { searchText } from '../../shared/i18n/search-strings.ts';
import { countLine } from './count-line.ts';
import { createSiteEngine } from './engine-choice.ts';
import { queryKeyRuns } from './search-key.ts';
import { resultCard, type CardContext } from './result-card.ts';
import type { SearchEngine, SearchResults } from './search-engine.ts';
import { addFacetControls, type FacetControls, type FacetField } from './facet-controls.ts';
import { hasScope, readSearchState, scopeOf, withSearchState, type SearchState } from './search-url.ts';
import { clearSuggestions, showSuggestions } from './suggestions.ts';
import { yieldToMain } from './yield-to-main.ts';

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  select: HTMLSelectElement;
  count: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  facets?: FacetControls;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!root || !form) return;
  const lang: Lang = isLang(root.dataset.lang) ? root.dataset.lang : 'ar';
  const elements: Elements = {
    form,
    input: form.querySelector('[data-search-input]')!,
    select: form.querySelector('[data-library-select]')!,
    count: root.querySelector('[data-count]')!,
    results: root.querySelector('[data-results]')!,
    more: root.querySelector('[data-more]')!,
  };
  const engine = createSiteEngine(root);
  const initial = readSearchState(new URL(location.href));
  if (![...elements.select.options].some((o) => o.value === initial.library)) initial.library = '';
  // The URL's search is asked for before the page builds its controls: its first index reads
  // are then on their way while the facet controls are made and laid out (on a slow link and a
  // slow phone, one round trip and the page's first layout no longer follow each other).
  const early = { state: initial, results: startSearch(engine, initial) };
  const context = { lang, siteRoot: root.dataset.siteRoot ?? './', libraryNames: JSON.parse(root.dataset.libraries ?? '{}') };
  const languageNames = JSON.parse(root.dataset.languageNames ?? '{}') as Record<string, string>;
  elements.facets = addFacetControls(form, lang, initial, languageNames);
  wire(elements, engine, context, early);
}

/** A search started ahead of the page showing it; undefined when the state asks for nothing. */
function startSearch(engine: SearchEngine, state: SearchState): Promise<SearchResults> | undefined {
  if (!state.query && !hasScope(state)) return undefined;
  const results = engine.search(state.query, scopeOf(state));
  // Awaited later by showSearch, which reports a failure; until then it must not count as unhandled.
  results.catch(() => undefined);
  return results;
}

function currentState(el: Elements): SearchState {
  const facet = (field: FacetField) => el.facets?.[field].value.trim() ?? '';
  return {
    query: el.input.value.trim(),
    library: el.select.value,
    language: facet('language'),
    format: facet('format'),
    from: facet('from'),
    to: facet('to'),
    subject: facet('subject'),
  };
}

interface EarlySearch {
  state: SearchState;
  results: Promise<SearchResults> | undefined;
}

function wire(el: Elements, engine: SearchEngine, context: Omit<CardContext, 'keys'>, early: EarlySearch): void {
  let latest = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let unclaimed: EarlySearch | undefined = early;
  const run = async () => {
    const state = currentState(el);
    history.replaceState(null, '', withSearchState(new URL(location.href), state));
    const ticket = ++latest;
    // The early search answers the first run when the controls read the URL the same way
    // (a facet value no control offers reads back empty: then the search is asked for again).
    const started = unclaimed && sameState(unclaimed.state, state) ? unclaimed.results : undefined;
    unclaimed = undefined;
    const results = () => started ?? engine.search(state.query, scopeOf(state));
    await showSearch(el, results, engine, state, { ...context, keys: queryKeyRuns(state.query).flat() }, () => ticket === latest);
  };
  el.input.value = early.state.query;
  el.select.value = early.state.library;
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  el.select.addEventListener('change', () => void run());
  for (const control of Object.values(el.facets ?? {})) control.addEventListener('change', () => void run());
  el.input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(), 300);
  });
  void run();
}

function sameState(a: SearchState, b: SearchState): boolean {
  return (Object.keys(a) as (keyof SearchState)[]).every((field) => a[field] === b[field]);
}

async function showSearch(el: Elements, search: () => Promise<SearchResults>, engine: SearchEngine, state: SearchState, context: CardContext, current: () => boolean): Promise<void> {
  const { lang } = context;
  el.more.hidden = true;
  clearSuggestions(el.count);
  if (!state.query && !hasScope(state)) {
    el.results.replaceChildren();
    showCount(el, searchText(lang, 'search.empty'), 'done', 0);
    return;
  }
  showCount(el, searchText(lang, 'search.loading'), 'loading');
  let results: SearchResults;
  try {
    results = await search();
  } catch (error) {
    if (current()) showCount(el, searchText(lang, 'search.error'), 'error');
    console.error(error);
    return;
  }
  await yieldToMain();
  if (!current()) return;
  el.results.replaceChildren();
  if (results.total === 0) {
    showCount(el, `${searchText(lang, 'search.none', { query: state.query })} ${searchText(lang, 'search.noneAdvice')}`, 'done', 0);
    void showSuggestions(el.count, { engine, state, lang, siteRoot: context.siteRoot, current });
    return;
  }
  appendPage(el, results, context, current);
}

/**
 * The count line, plus machine-readable state for tests and benchmarks:
 * data-state is loading | done | error; data-total is the hit count once done.
 */
function showCount(el: Elements, text: string, state: 'loading' | 'done' | 'error', total?: number): void {
  // The count is aria-live: while the reader types, only the state changes (and the list says
  // it is busy); the words change, and are announced, once the results have settled.
  if (state !== 'loading') el.count.textContent = text;
  el.results.setAttribute('aria-busy', String(state === 'loading'));
  el.count.dataset.state = state;
  if (total === undefined) delete el.count.dataset.total;
  else el.count.dataset.total = String(total);
}

/**
 * Appends a page of hits and says what the count now is: after "show more", a search the
 * budget stopped may have read on to an exact count.
 */
function appendPage(el: Elements, results: SearchResults, context: CardContext, current: () => boolean): void {
  el.results.append(...results.hits.map((hit) => resultCard(hit, context)));
  showCount(el, countLine(context.lang, results), 'done', results.total);
  const more = results.more;
  el.more.hidden = !more;
  el.more.onclick = more
    ? async () => {
        el.more.disabled = true;
        showCount(el, '', 'loading');
        // A failed download is not kept: the button, left in place, asks again.
        const next = await more().catch(() => undefined);
        el.more.disabled = false;
        if (!current()) return;
        if (next) appendPage(el, next, context, current);
        else showCount(el, searchText(context.lang, 'search.error'), 'error');
      }
    : null;
}
