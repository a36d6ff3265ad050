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
export const contributePath = (lang: Lang): string => `${prefix(lang)}contribute.html`;

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

/**
 * A download of a record, shared by both languages: r/<id>.xml, .mrk, .ris, .bib.
 * @example recordFilePath('abc', 'ris') // "r/abc.ris"
 */
export const recordFilePath = (id: string, extension: string): string => `r/${id}.${extension}`;

/**
 * Browse lists. Subjects and authors: b/<kind>/index.html is the guide-word index of the one
 * alphabetical list, b/<kind>/<page>.html its pages. Decades and Dewey classes (few groups):
 * b/<kind>/<page>.html lists the groups, b/<kind>/<key>/<page>.html a group's records.
 */
export const browseIndexPath = (lang: Lang): string => `${prefix(lang)}b/index.html`;
export const browseKindPath = (lang: Lang, kind: string, page = 1): string => `${prefix(lang)}b/${kind}/${page}.html`;
export const browseListIndexPath = (lang: Lang, kind: string): string => `${prefix(lang)}b/${kind}/index.html`;
/** Where a browse kind starts: the guide-word index for subjects and authors, else the first page. */
export const browseKindStartPath = (lang: Lang, kind: string): string =>
  kind === 'subject' || kind === 'author' ? browseListIndexPath(lang, kind) : browseKindPath(lang, kind);
export const browseGroupPath = (lang: Lang, kind: string, key: string, page = 1): string =>
  `${prefix(lang)}b/${kind}/${key}/${page}.html`;

/** A library's page is its first page of holdings; the next pages are l/<code>/<page>.html. */
export const libraryPagePath = (lang: Lang, code: string, page: number): string =>
  page <= 1 ? libraryPath(lang, code) : `${prefix(lang)}l/${code}/${page}.html`;
