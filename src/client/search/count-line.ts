/**
 * The words of the search page's count line: the count, exact or "about" (a lower bound or an
 * estimate), and a notice when the engine stopped at its download budget, so that a reader who
 * sees fewer hits than the count knows why and what to do: add a word, or, when the engine can
 * read on, press "Show more".
 */
import type { Lang } from '../../shared/i18n/languages.ts';
import { searchText } from '../../shared/i18n/search-strings.ts';
import type { SearchResults } from './search-engine.ts';

/** @example countLine('en', { total: 22, totalIsExact: false, hits: [] }) // "Results: about 22" */
export function countLine(lang: Lang, results: SearchResults): string {
  const count = searchText(lang, results.totalIsExact ? 'search.count' : 'search.countAbout', { count: results.total });
  return results.budgetExceeded ? `${count} ${searchText(lang, results.more ? 'search.stoppedEarlyMore' : 'search.stoppedEarly')}` : count;
}
