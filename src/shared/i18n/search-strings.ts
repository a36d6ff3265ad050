/**
 * The words the search island renders, apart from the site's table (strings.ts spreads them
 * into it): the browser bundle carries these, not every page's strings (the whole table was
 * 19.8 KB of the island's 54 KB). The search form's and page's own labels, which only the pages
 * render, are in strings.ts.
 */
import type { Lang } from './languages.ts';
import { fillPlaceholders } from './placeholders.ts';

const ar = {
  'search.loading': 'جارٍ البحث…',
  'search.count': 'عدد النتائج: {count}',
  'search.countAbout': 'عدد النتائج: نحو {count}',
  'search.stoppedEarly': 'توقّف البحث مبكرًا لتوفير البيانات، فقد تنقص بعض النتائج. أضف كلمة.',
  // With the button that reads on (its label is the site table's search.more).
  'search.stoppedEarlyMore': 'توقّف البحث مبكرًا لتوفير البيانات، فقد تنقص بعض النتائج. أضف كلمة، أو اختر «عرض المزيد».',
  'search.none': 'لم نجد شيئًا يطابق «{query}».',
  'search.noneAdvice': 'تحقق من الإملاء، أو احذف كلمة، أو ابحث في كل المكتبات.',
  'search.empty': 'اكتب كلمة أو أكثر من العنوان أو اسم المؤلف أو الموضوع.',
  'search.error': 'تعذّر تحميل فهرس البحث. أعد تحميل الصفحة.',
  'search.heldBy': 'المكتبات ({count}): {libraries}',
  'search.refine': 'تضييق البحث',
  'search.language': 'اللغة',
  'search.anyLanguage': 'كل اللغات',
  'search.format': 'الشكل',
  'search.anyFormat': 'كل الأشكال',
  'search.format.book': 'كتاب',
  'search.format.serial': 'دورية',
  'search.format.map': 'خريطة',
  'search.format.music': 'موسيقى',
  'search.format.video': 'فيديو',
  'search.format.manuscript': 'مخطوط',
  'search.format.other': 'أخرى',
  'search.yearFrom': 'من سنة',
  'search.yearTo': 'إلى سنة',
  'search.subject': 'الموضوع',
  'search.suggestions': 'هل تقصد:',
} as const;

export type SearchStringKey = keyof typeof ar;

// Typed against the Arabic table: a key missing in English fails the type check.
const en: Record<SearchStringKey, string> = {
  'search.loading': 'Searching…',
  'search.count': 'Results: {count}',
  'search.countAbout': 'Results: about {count}',
  'search.stoppedEarly': 'Stopped early to save data: results may be missing. Add a word.',
  'search.stoppedEarlyMore': 'Stopped early to save data: results may be missing. Add a word, or choose “Show more”.',
  'search.none': 'Nothing matches “{query}”.',
  'search.noneAdvice': 'Check the spelling, drop a word, or search all libraries.',
  'search.empty': 'Type one or more words from a title, an author’s name or a subject.',
  'search.error': 'The search index could not be loaded. Reload the page.',
  'search.heldBy': 'Libraries ({count}): {libraries}',
  'search.refine': 'Narrow the search',
  'search.language': 'Language',
  'search.anyLanguage': 'All languages',
  'search.format': 'Format',
  'search.anyFormat': 'All formats',
  'search.format.book': 'Book',
  'search.format.serial': 'Serial',
  'search.format.map': 'Map',
  'search.format.music': 'Music',
  'search.format.video': 'Video',
  'search.format.manuscript': 'Manuscript',
  'search.format.other': 'Other',
  'search.yearFrom': 'From year',
  'search.yearTo': 'To year',
  'search.subject': 'Subject',
  'search.suggestions': 'Did you mean:',
};

export const searchStrings = { ar, en };

/**
 * The search island's text for `key` in `lang`, placeholders filled.
 * @example searchText('en', 'search.count', { count: 3 }) // "Results: 3"
 */
export function searchText(lang: Lang, key: SearchStringKey, params?: Record<string, string | number>): string {
  return fillPlaceholders(searchStrings[lang][key], params);
}
