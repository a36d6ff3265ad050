/** The site's languages: Arabic first. */
export const languages = ['ar', 'en'] as const;
export type Lang = (typeof languages)[number];

/**
 * True when `value` is one of the site's languages.
 * @example isLang('en') // true
 */
export function isLang(value: string | null | undefined): value is Lang {
  return value === 'ar' || value === 'en';
}
