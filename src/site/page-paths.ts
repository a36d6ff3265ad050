/**
 * Where each page of the site lives, relative to the site root. Arabic is the default
 * language at the root; English mirrors every page under en/.
 */
import type { Lang } from '../shared/i18n/strings.ts';

const prefix = (lang: Lang): string => (lang === 'en' ? 'en/' : '');

export const homePath = (lang: Lang): string => `${prefix(lang)}index.html`;
export const searchPath = (lang: Lang): string => `${prefix(lang)}search.html`;
export const recordPath = (lang: Lang, id: string): string => `${prefix(lang)}r/${id}.html`;
export const libraryPath = (lang: Lang, code: string): string => `${prefix(lang)}l/${code}.html`;

/** The Pagefind bundle, shared by both languages. */
export const pagefindPath = 'pagefind/pagefind.js';

/**
 * The same page in the other language.
 * @example twinPath('en/r/abc.html') // "r/abc.html"
 */
export function twinPath(pagePath: string): string {
  return pagePath.startsWith('en/') ? pagePath.slice(3) : `en/${pagePath}`;
}

/** The language a page path belongs to. */
export function pageLang(pagePath: string): Lang {
  return pagePath.startsWith('en/') ? 'en' : 'ar';
}
