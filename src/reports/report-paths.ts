/**
 * Where the report pages and downloads live, relative to the site root (English under en/).
 * A library code "quality" or "acquisition" would collide with the folders below reports/;
 * library.yml codes are place names, so this is noted rather than guarded.
 */
import type { Lang } from '../shared/i18n/strings.ts';

const prefix = (lang: Lang): string => (lang === 'en' ? 'en/' : '');

export const reportsIndexPath = (lang: Lang): string => `${prefix(lang)}reports/index.html`;
export const libraryReportPath = (lang: Lang, code: string): string => `${prefix(lang)}reports/${code}.html`;
export const qualityReportPath = (lang: Lang, code: string): string => `${prefix(lang)}reports/quality/${code}.html`;
export const acquisitionPath = (lang: Lang, code: string, deweyClass: string): string =>
  `${prefix(lang)}reports/acquisition/${code}/${deweyClass}.html`;

/** The CSV downloads, shared by both languages. */
export const librariesCsvPath = 'reports/libraries.csv';
export const overlapCsvPath = 'reports/overlap.csv';
