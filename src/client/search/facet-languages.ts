/**
 * The languages the facet control offers, with their names in the page's language. The names
 * are worked out when the page is built (Node's ICU), not in the browser: the first
 * Intl.DisplayNames call loads locale data, measured at 55-110 ms of main thread on a
 * throttled phone, before the first result shows.
 */
import type { Lang } from '../../shared/i18n/languages.ts';

/** The languages most catalogues in the consortium hold, as MARC codes, each with its ISO 639-1 twin. */
const languageTwins: Record<string, string> = {
  ara: 'ar', eng: 'en', fre: 'fr', per: 'fa', urd: 'ur', ger: 'de', spa: 'es', tur: 'tr', swa: 'sw', hin: 'hi',
};

/**
 * Each offered MARC language code with its name in `lang`, in offering order.
 * @example facetLanguageNames('en').ara // 'Arabic'
 */
export function facetLanguageNames(lang: Lang): Record<string, string> {
  const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
  return Object.fromEntries(Object.entries(languageTwins).map(([code, twin]) => [code, names.of(twin) ?? code]));
}
