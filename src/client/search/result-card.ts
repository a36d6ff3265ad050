/**
 * One search result as a list item: the title (matched words marked) linking to the record
 * page, author and year, and which libraries hold it. Built with DOM nodes and textContent:
 * record data never becomes markup.
 */
import { t, type Lang } from '../../shared/i18n/strings.ts';
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
  for (const part of highlightTitle(hit.title, keys)) {
    if (part.matched) link.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    else link.append(part.text);
  }
  item.append(link);
  // Author and year each isolated: an Arabic name on an English page keeps the line's order.
  const byline = [hit.author, hit.year].filter((text): text is string => Boolean(text));
  if (byline.length) {
    const p = document.createElement('p');
    byline.forEach((text, index) => p.append(...(index ? [' · '] : []), Object.assign(document.createElement('bdi'), { textContent: text })));
    item.append(p);
  }
  const names = hit.libraries.map((code) => libraryNames[code] ?? code);
  const separator = lang === 'ar' ? '، ' : ', ';
  item.append(paragraph(t(lang, 'search.heldBy', { count: names.length, libraries: names.join(separator) })));
  return item;
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
