/**
 * Names of the MARC language codes (008/35-37, 041) that Omani catalogues use most.
 * A code not listed here is shown as catalogued.
 */
import type { Lang } from './strings.ts';

const names: Record<string, Record<Lang, string>> = {
  ara: { ar: 'العربية', en: 'Arabic' },
  eng: { ar: 'الإنجليزية', en: 'English' },
  fre: { ar: 'الفرنسية', en: 'French' },
  ger: { ar: 'الألمانية', en: 'German' },
  per: { ar: 'الفارسية', en: 'Persian' },
  urd: { ar: 'الأردية', en: 'Urdu' },
  tur: { ar: 'التركية', en: 'Turkish' },
  spa: { ar: 'الإسبانية', en: 'Spanish' },
  swa: { ar: 'السواحلية', en: 'Swahili' },
  hin: { ar: 'الهندية', en: 'Hindi' },
  mul: { ar: 'لغات متعددة', en: 'Multiple languages' },
};

/**
 * The name of a MARC language code in `lang`, or the code itself when unknown.
 * @example languageName('ara', 'en') // "Arabic"
 */
export function languageName(code: string, lang: Lang): string {
  return names[code.toLowerCase()]?.[lang] ?? code;
}
