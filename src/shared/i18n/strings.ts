/**
 * The one translation table: every word the site shows, in Arabic and English.
 * Pages (build time) and the search island (browser) both read it, so a label never
 * differs between the page and what the island renders into it.
 * Placeholders are written {name} and filled by `t(lang, key, params)`.
 */

export const languages = ['ar', 'en'] as const;
export type Lang = (typeof languages)[number];

const ar = {
  'site.name': 'فهرس',
  'site.tagline': 'الفهرس الموحّد لمكتبات عُمان',
  'site.about':
    'يجمع فهرس ما تقتنيه المكتبات المشاركة في فهرس واحد: ابحث مرة واحدة، واعرف أي مكتبة تملك الكتاب، واطلبه بالإعارة بين المكتبات.',
  'nav.home': 'الرئيسية',
  'nav.search': 'البحث',
  'nav.skip': 'انتقل إلى المحتوى',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this page in English',
  'search.label': 'ابحث في الفهرس',
  'search.placeholder': 'عنوان، مؤلف، موضوع، ردمك…',
  'search.submit': 'ابحث',
  'search.library': 'المكتبة',
  'search.allLibraries': 'كل المكتبات',
  'search.noScript': 'يحتاج البحث إلى تفعيل JavaScript في المتصفح. يمكنك تصفح الكتب من صفحات المكتبات.',
  'search.loading': 'جارٍ البحث…',
  'search.count': 'عدد النتائج: {count}',
  'search.countAtLeast': 'عدد النتائج: {count} على الأقل',
  'search.none': 'لم نجد شيئًا يطابق «{query}».',
  'search.noneAdvice': 'تحقق من الإملاء، أو احذف كلمة، أو ابحث في كل المكتبات.',
  'search.empty': 'اكتب كلمة أو أكثر من العنوان أو اسم المؤلف أو الموضوع.',
  'search.error': 'تعذّر تحميل فهرس البحث. أعد تحميل الصفحة.',
  'search.heldBy': 'المكتبات ({count}): {libraries}',
  'search.more': 'عرض المزيد',
  'home.libraries': 'المكتبات المشاركة',
  'home.libraryCounts': 'التسجيلات: {records}، النسخ: {holdings}',
  'record.by': 'تأليف',
  'record.authors': 'المؤلفون',
  'record.edition': 'الطبعة',
  'record.publication': 'النشر',
  'record.physical': 'الوصف المادي',
  'record.series': 'السلسلة',
  'record.subjects': 'الموضوعات',
  'list.separator': '، ',
  'record.isbn': 'ردمك',
  'record.invalidIsbn': 'ردمك (غير صالح)',
  'record.issn': 'ردمد',
  'record.languages': 'اللغات',
  'record.notes': 'ملاحظات',
  'record.links': 'روابط',
  'record.classification': 'التصنيف',
  'record.holdings': 'المقتنيات',
  'record.heldByCount': 'عدد المكتبات: {count}',
  'holdings.library': 'المكتبة',
  'holdings.branch': 'الفرع / الموقع',
  'holdings.callNumber': 'رقم الطلب',
  'holdings.copies': 'النسخ',
  'holdings.status': 'الحالة',
  'holdings.opac': 'عرض في فهرس المكتبة',
  'role.author': 'مؤلف',
  'role.contributor': 'مشارك',
  'library.city': 'المدينة',
  'library.website': 'الموقع الإلكتروني',
  'library.ill': 'الإعارة بين المكتبات',
  'library.illEmail': 'البريد الإلكتروني',
  'library.illForm': 'نموذج الطلب',
  'library.counts': 'الأرقام',
  'library.records': 'التسجيلات في الفهرس',
  'library.searchHere': 'ابحث في مقتنيات هذه المكتبة',
  'library.recordCount': 'التسجيلات: {count}',
  'library.holdingCount': 'النسخ: {count}',
  'format.book': 'كتاب',
  'format.serial': 'دورية',
  'format.map': 'خريطة',
  'format.music': 'موسيقى',
  'format.video': 'فيديو',
  'format.other': 'أخرى',
} as const;

export type StringKey = keyof typeof ar;

// Typed against the Arabic table: a key missing in English fails the type check.
const en: Record<StringKey, string> = {
  'site.name': 'Fihris',
  'site.tagline': 'The union catalogue of Omani libraries',
  'site.about':
    'Fihris gathers what the member libraries hold into one catalogue: search once, see which library has the book, and ask for it through interlibrary loan.',
  'nav.home': 'Home',
  'nav.search': 'Search',
  'nav.skip': 'Skip to content',
  'lang.switch': 'العربية',
  'lang.switchLabel': 'اقرأ هذه الصفحة بالعربية',
  'search.label': 'Search the catalogue',
  'search.placeholder': 'Title, author, subject, ISBN…',
  'search.submit': 'Search',
  'search.library': 'Library',
  'search.allLibraries': 'All libraries',
  'search.noScript': 'Search needs JavaScript turned on in your browser. You can browse books from the library pages.',
  'search.loading': 'Searching…',
  'search.count': 'Results: {count}',
  'search.countAtLeast': 'Results: at least {count}',
  'search.none': 'Nothing matches “{query}”.',
  'search.noneAdvice': 'Check the spelling, drop a word, or search all libraries.',
  'search.empty': 'Type one or more words from a title, an author’s name or a subject.',
  'search.error': 'The search index could not be loaded. Reload the page.',
  'search.heldBy': 'Libraries ({count}): {libraries}',
  'search.more': 'Show more',
  'home.libraries': 'Member libraries',
  'home.libraryCounts': 'records: {records}, copies: {holdings}',
  'record.by': 'By',
  'record.authors': 'Authors',
  'record.edition': 'Edition',
  'record.publication': 'Publication',
  'record.physical': 'Physical description',
  'record.series': 'Series',
  'record.subjects': 'Subjects',
  'list.separator': ', ',
  'record.isbn': 'ISBN',
  'record.invalidIsbn': 'ISBN (invalid)',
  'record.issn': 'ISSN',
  'record.languages': 'Languages',
  'record.notes': 'Notes',
  'record.links': 'Links',
  'record.classification': 'Classification',
  'record.holdings': 'Holdings',
  'record.heldByCount': 'libraries: {count}',
  'holdings.library': 'Library',
  'holdings.branch': 'Branch / location',
  'holdings.callNumber': 'Call number',
  'holdings.copies': 'Copies',
  'holdings.status': 'Status',
  'holdings.opac': 'View in the library’s catalogue',
  'role.author': 'author',
  'role.contributor': 'contributor',
  'library.city': 'City',
  'library.website': 'Website',
  'library.ill': 'Interlibrary loan',
  'library.illEmail': 'Email',
  'library.illForm': 'Request form',
  'library.counts': 'Figures',
  'library.records': 'Records in the catalogue',
  'library.searchHere': 'Search this library’s holdings',
  'library.recordCount': 'Records: {count}',
  'library.holdingCount': 'Copies: {count}',
  'format.book': 'Book',
  'format.serial': 'Serial',
  'format.map': 'Map',
  'format.music': 'Music',
  'format.video': 'Video',
  'format.other': 'Other',
};

/** Both tables, for the completeness test and for tools that list them. */
export const stringTables: Record<Lang, Record<StringKey, string>> = { ar, en };

/**
 * The text for `key` in `lang`, with {placeholders} filled from `params`.
 * Numbers are written with Latin digits in both languages, as Omani catalogues do.
 * @example t('en', 'search.count', { count: 3 }) // "Results: 3"
 */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return stringTables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * True when `value` is one of the site's languages.
 * @example isLang('en') // true
 */
export function isLang(value: string | null | undefined): value is Lang {
  return value === 'ar' || value === 'en';
}
