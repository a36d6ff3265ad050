/**
 * One search result as a list item: the title (matched words marked) linking to the record
 * page, author and year, and which libraries hold it. Built with DOM nodes and textContent:
 * record data never becomes markup.
 */
import type { Lang } from '../../shared/i18n/languages.ts';
import { searchText } from '../../shared/i18n/search-strings.ts';
import { highlightTitle } from './highlight.ts';
import type { SearchHit } from './search-engine.ts';

export interface CardContext {
  lang: Lang;
  /** The site root relative to this page ("./" or "../"). */
  siteRoot: string;
  libraryNames: Record<string, string>;
  /** The query's lookup keys, every run together: queryKeyRuns(query).flat(). */
  keys: readonly string[];
}

export function resultCard(hit: SearchHit, context: CardContext): HTMLLIElement {
  const { lang, siteRoot, libraryNames, keys } = context;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `${siteRoot}${lang === 'en' ? 'en/' : ''}${hit.url}`;
  link.dir = 'auto';
  link.append(...highlighted(hit.title, keys));
  item.append(link);
  // Author and year each isolated: an Arabic name on an English page keeps the line's order.
  const byline = [hit.author, hit.year].filter((text): text is string => Boolean(text));
  if (byline.length) {
    const p = document.createElement('p');
    byline.forEach((text, index) => {
      const bdi = document.createElement('bdi');
      // The author's name is marked like the title: a reader sees why a record by name matched.
      bdi.append(...(text === hit.author ? highlighted(text, keys) : [text]));
      p.append(...(index ? [' · '] : []), bdi);
    });
    item.append(p);
  }
  const names = hit.libraries.map((code) => libraryNames[code] ?? code);
  const separator = lang === 'ar' ? '، ' : ', ';
  item.append(paragraph(searchText(lang, 'search.heldBy', { count: names.length, libraries: names.join(separator) })));
  return item;
}

/** Text nodes and <mark>s: the words of `text` that the query's keys found, marked. */
function highlighted(text: string, keys: readonly string[]): (string | HTMLElement)[] {
  return highlightTitle(text, keys).map((part) =>
    part.matched ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
