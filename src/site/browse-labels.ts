/**
 * How a browse group is named on the page: headings (subjects, authors) are data, shown as
 * catalogued; decades and Dewey classes are the site's own words, in the page's language.
 */
import { t, type Lang, type StringKey } from '../shared/i18n/strings.ts';
import type { BrowseKind } from './browse.ts';
import { yearNumber } from './dates.ts';

/**
 * @example browseGroupLabel('dewey', '200', 'en') // "200–299 Religion"
 * @example browseGroupLabel('decade', '1990', 'en') // "The 1990s"
 */
export function browseGroupLabel(kind: BrowseKind, label: string, lang: Lang): string {
  if (kind === 'decade') return t(lang, 'browse.decadeLabel', { decade: yearNumber(Number(label), lang) });
  if (kind === 'dewey') {
    const from = Number(label);
    return `${yearNumber(from, lang).padStart(3, lang === 'ar' ? '٠' : '0')}–${yearNumber(from + 99, lang).padStart(3, lang === 'ar' ? '٠' : '0')} ${t(lang, `dewey.${label[0]}` as StringKey)}`;
  }
  return label;
}

/** Whether the label is catalogue data (its own direction) or the page's words. */
export const isDataLabel = (kind: BrowseKind): boolean => kind === 'subject' || kind === 'author';

export const browseKindKey = (kind: BrowseKind): StringKey => `browse.${kind}`;
