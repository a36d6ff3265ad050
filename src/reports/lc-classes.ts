/**
 * Library of Congress Classification: the main class of a call number (its first letter)
 * and the names of the 21 main classes in Arabic and English.
 */
import type { Lang } from '../shared/i18n/strings.ts';

const names: Record<string, Record<Lang, string>> = {
  A: { ar: 'الأعمال العامة', en: 'General works' },
  B: { ar: 'الفلسفة وعلم النفس والدين', en: 'Philosophy, psychology, religion' },
  C: { ar: 'العلوم المساعدة للتاريخ', en: 'Auxiliary sciences of history' },
  D: { ar: 'تاريخ العالم', en: 'World history' },
  E: { ar: 'تاريخ الأمريكتين', en: 'History of the Americas' },
  F: { ar: 'تاريخ الأمريكتين (محلي)', en: 'History of the Americas (local)' },
  G: { ar: 'الجغرافيا والأنثروبولوجيا والترفيه', en: 'Geography, anthropology, recreation' },
  H: { ar: 'العلوم الاجتماعية', en: 'Social sciences' },
  J: { ar: 'العلوم السياسية', en: 'Political science' },
  K: { ar: 'القانون', en: 'Law' },
  L: { ar: 'التربية والتعليم', en: 'Education' },
  M: { ar: 'الموسيقى', en: 'Music' },
  N: { ar: 'الفنون الجميلة', en: 'Fine arts' },
  P: { ar: 'اللغة والأدب', en: 'Language and literature' },
  Q: { ar: 'العلوم', en: 'Science' },
  R: { ar: 'الطب', en: 'Medicine' },
  S: { ar: 'الزراعة', en: 'Agriculture' },
  T: { ar: 'التقنية', en: 'Technology' },
  U: { ar: 'العلوم العسكرية', en: 'Military science' },
  V: { ar: 'العلوم البحرية', en: 'Naval science' },
  Z: { ar: 'الببليوجرافيا وعلم المكتبات', en: 'Bibliography, library science' },
};

/** The main classes in order. */
export const lcClassLetters = Object.keys(names);

/**
 * The main class of an LC call number: its first letter, when it is one of the 21.
 * @example lcClass('BP130.4 .A1') // "B"
 */
export function lcClass(value: string): string | undefined {
  const match = /^\s*([A-Z])[A-Z]{0,2}\s*[0-9]/.exec(value.toUpperCase());
  return match && match[1] in names ? match[1] : undefined;
}

/**
 * The name of an LC main class in `lang`.
 * @example lcClassName('K', 'en') // "Law"
 */
export function lcClassName(letter: string, lang: Lang): string | undefined {
  return names[letter]?.[lang];
}
