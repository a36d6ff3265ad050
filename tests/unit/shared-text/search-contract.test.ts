import { describe, expect, test } from 'vitest';
import { matches } from './matches.ts';

/**
 * Variant spellings, as "record text / what the reader typed". Found cases are checked with the
 * query complete (a space after it: no prefix matching), so they hold for a strict engine.
 */
const foundWhenComplete: Array<[behaviour: string, record: string, query: string]> = [
  // Hamza forms
  ['finds أحمد typed with a bare alef', 'أحمد بن حنبل', 'احمد'],
  ['finds احمد typed with hamza on alef', 'احمد امين', 'أحمد'],
  ['finds الإسلام typed with neither article nor hamza', 'تاريخ الإسلام', 'اسلام'],
  ['finds آداب typed with a bare alef', 'آداب اللغة العربية', 'اداب'],
  ['finds مسؤول typed with hamza on a yeh seat', 'المسؤول الإداري', 'مسئول'],
  ['finds مسئولين typed with hamza on a waw seat', 'دليل المسئولين', 'المسؤولين'],
  ['finds مسؤول typed with no hamza', 'مسؤول', 'مسوول'],
  ['finds مسئول typed with no hamza', 'مسئول', 'مسوول'],
  ['finds مسؤول stored with hamza as a combining mark', 'مسو\u0654ول', 'مسئول'],
  ['finds القرءان typed with madda', 'القرءان الكريم', 'القرآن'],
  ['finds سؤال typed with no hamza', 'سؤال وجواب', 'سوال'],
  // Taa marbuta
  ['finds مكتبة typed with heh', 'مكتبة السلطان قابوس', 'مكتبه'],
  ['finds المكتبه الوطنيه typed with taa marbuta', 'المكتبه الوطنيه', 'المكتبة الوطنية'],
  ['finds رحلة typed with heh', 'رحلة ابن بطوطة', 'رحله'],
  // Alef maqsura
  ['finds مصطفى typed with yeh', 'مصطفى لطفي المنفلوطي', 'مصطفي'],
  ['finds فتاوي typed with alef maqsura', 'فتاوي شرعية', 'فتاوى'],
  ['finds على typed with yeh', 'على ضفاف النيل', 'علي ضفاف'],
  // Persian and Urdu letters
  ['finds Persian کتاب typed with Arabic kaf', 'کتاب فارسی', 'كتاب'],
  ['finds Persian فارسی typed with Arabic yeh', 'کتاب فارسی', 'فارسي'],
  ['finds كتابخانه typed with Persian keheh', 'كتابخانه ملي', 'کتابخانه'],
  ['finds Urdu taa marbuta goal typed with taa marbuta', 'مجلۃ', 'مجلة'],
  ['finds Urdu heh goal typed with heh', 'ہندوستان', 'هندوستان'],
  ['finds heh doachashmee typed with heh', 'ھدایت', 'هدايت'],
  // Tashkeel and Quranic marks
  ['finds a fully vowelled name typed bare', 'مُحَمَّد بن عَبْد الله', 'محمد'],
  ['finds a bare name typed with vowels', 'محمد عبده', 'مُحَمَّد'],
  ['finds a vowelled word with its article', 'الْكِتَابُ', 'الكتاب'],
  ['finds Quranic spelling with alef wasla and dagger alef', 'ٱلرَّحْمَٰنِ ٱلرَّحِيمِ', 'الرحمن'],
  ['finds words around Quranic pause marks', 'ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى', 'ريب فيه هدى'],
  ['finds a Quranic word with a clitic and shadda', 'هُدًى لِّلْمُتَّقِينَ', 'المتقين'],
  ['finds بسم الله in Quranic spelling', 'بِسْمِ ٱللَّهِ', 'بسم الله'],
  // Tatweel, invisible controls
  ['finds words stretched with tatweel', 'كتـــاب الأغانـي', 'كتاب الاغاني'],
  ['finds a word when the query has tatweel', 'كتاب', 'كتـاب'],
  ['finds a word wrapped in RLM and LRM', '\u200Fعمان\u200E', 'عمان'],
  ['finds a word inside bidi embedding controls', '\u202Bتاريخ\u202C', 'تاريخ'],
  ['finds words inside bidi isolates', '\u2067عمان\u2069 تاريخ', 'تاريخ عمان'],
  ['finds a word after a byte order mark', '\uFEFFكتاب', 'كتاب'],
  ['finds a word followed by the Arabic letter mark', 'عمان\u061C', 'عمان'],
  ['finds a word split by soft hyphens', 'Bib\u00ADlio\u00ADgraphy', 'bibliography'],
  // Presentation forms
  ['finds الله written with the lam-alef and Allah ligatures', 'ﻻ إله إلا ﷲ', 'الله'],
  ['finds a word written in presentation forms', 'ﻛﺘﺎﺏ', 'كتاب'],
  ['finds a word typed in presentation forms', 'اللغة العربية', 'ﺍﻟﻠﻐﺔ'],
  // Digits
  ['finds Arabic-Indic digits typed as ASCII', 'طبعة ١٤٢٠ هـ', '1420'],
  ['finds Persian digits typed as ASCII', 'چاپ ۱۳۹۸', '1398'],
  ['finds ASCII digits typed as Arabic-Indic', 'سنة 1420', '١٤٢٠'],
  ['finds a year written after c', 'c1990', '1990'],
  ['finds a year of a range', '1990-2000', '2000'],
  ['finds an ISBN typed without hyphens', 'ISBN 978-9953-68-123-4', '9789953681234'],
  ['finds an ISBN typed with hyphens', 'ISBN 9789953681234', '978-9953-68-123-4'],
  ['finds an ISBN-10 ending in X', '0-8044-2957-X', '080442957x'],
  // Romanisation marks, Latin diacritics and case
  ['finds Qurʼān typed without the hamzah mark', 'Qurʼān', 'quran'],
  ['finds ʻUmān typed without the ʻayn mark', 'Taʼrīkh ʻUmān', 'tarikh uman'],
  ['finds an apostrophe romanisation typed without it', "Ta'rikh", 'tarikh'],
  ['finds plain romanisation typed with marks', 'quran', 'Qurʼān'],
  ['finds Ibn Khaldūn typed without macron', 'Ibn Khaldūn', 'ibn khaldun'],
  ['finds capitals with dots below typed plain', 'ṢAḤĪḤ AL-BUKHĀRĪ', 'sahih bukhari'],
  ['finds a word typed in capitals', 'Muqaddimah', 'MUQADDIMAH'],
  ['finds a French accented word typed plain', 'Éditions Gallimard', 'editions'],
  // Clitics and suffixes
  ['finds a bare word typed with wa-al', 'كتاب', 'والكتاب'],
  ['finds wa-al typed bare', 'والكتاب', 'كتاب'],
  ['finds bi-al typed bare', 'بالمكتبة', 'مكتبة'],
  ['finds li-l typed bare', 'دار الكتب للطباعة والنشر', 'طباعة'],
  ['finds wa-li-l typed with the article', 'وللطباعة', 'الطباعة'],
  ['finds fa-al typed with the article', 'فالعلم', 'العلم'],
  ['finds ka-al typed bare', 'كالبحر', 'بحر'],
  ['finds a word with a possessive suffix', 'كتابها', 'كتاب'],
  ['finds a sound masculine plural typed in the nominative', 'المسلمين', 'مسلمون'],
  ['finds sound plurals typed as singulars', 'المكتبات العمانية', 'مكتبة عمانية'],
  ['finds دراسات typed as singular', 'دراسات', 'دراسة'],
  ['finds مخطوطات typed as singular', 'مخطوطات', 'مخطوطة'],
  ['finds الباحثون typed in the oblique case', 'الباحثون', 'الباحثين'],
  ['finds an English singular typed as plural', 'Library of Congress', 'libraries'],
  ['finds an English plural typed as singular', 'Manuscripts', 'manuscript'],
  // Broken plurals
  ['finds كتب typed as singular', 'كتب التراث', 'كتاب'],
  ['finds كتاب typed as plural', 'كتاب التراث', 'الكتب'],
  ['finds العلماء typed as singular', 'طبقات العلماء', 'عالم'],
  ['finds رسائل typed as singular', 'رسائل جامعية', 'رسالة'],
  ['finds أحاديث typed as singular', 'أحاديث نبوية', 'حديث'],
  ['finds فتاوى typed as singular', 'فتاوى', 'فتوى'],
  ['finds أشعار typed as singular', 'أشعار العرب', 'شعر'],
  ['finds أعلام typed as singular', 'الأعلام', 'علم'],
  ['finds مدينة typed as plural', 'مدينة مسقط', 'مدن'],
  // ZWNJ compounds
  ['finds the second part of a ZWNJ compound', 'کتاب‌خانه ملی', 'خانه'],
  ['finds a ZWNJ compound typed as one word', 'کتاب‌خانه ملی', 'كتابخانه'],
  ['finds one word typed as a ZWNJ compound', 'كتابخانه', 'کتاب‌خانه'],
  // Romanised query, Arabic-script record
  ['finds تاريخ عمان typed romanised', 'تاريخ عمان', 'tarikh uman'],
  ['finds تاريخ عمان typed in ALA-LC', 'تاريخ عمان', 'Taʼrīkh ʻUmān'],
  ['finds ابن خلدون typed romanised', 'مقدمة ابن خلدون', 'ibn khaldun'],
  ['finds القرآن typed with the romanised article', 'القرآن الكريم', 'al-Qurʼan'],
  ['finds مسقط typed as Masqat', 'مسقط', 'Masqat'],
  ['finds مسقط typed as Muscat', 'مسقط', 'Muscat'],
  ['finds محمد typed with a doubled m', 'محمد', 'Muhammad'],
  ['finds مكتبة typed with -ah', 'مكتبة', 'maktabah'],
  ['finds مكتبة typed with -a', 'مكتبة', 'maktaba'],
  ['finds وزارة in construct romanised with -at', 'وزارة التراث', 'wizarat al-turath'],
  ['finds اليمن typed in English', 'اليمن', 'yemen'],
  ['finds الشمس typed with an assimilated article', 'الشمس', 'ash-Shams'],
  ['finds يوسف typed romanised', 'يوسف', 'Yusuf'],
  ['finds التاريخ romanised with an unhyphenated article', 'التاريخ', 'altarikh'],
  ['finds ألفاظ (its own alef-lam is no article) romanised', 'ألفاظ القرآن', 'alfaz'],
  // Words whose own letters start like the article
  ['finds الألفاظ typed without the article', 'معجم الألفاظ', 'ألفاظ'],
  ['finds ألفاظ typed with the article', 'ألفاظ', 'الألفاظ'],
];

describe('a record is found by a complete query spelled differently', () => {
  test.each(foundWhenComplete)('%s', (_behaviour, record, query) => {
    expect(matches(record, `${query} `)).toBe(true);
  });
});

/** Search as you type: the last word is still being typed. */
const foundWhileTyping: Array<[behaviour: string, record: string, query: string]> = [
  ['finds وزارة while typing وزا (a bare waw is part of the word)', 'وزارة التراث والثقافة', 'وزا'],
  ['finds فهرس while typing فهر (a bare faa is part of the word)', 'فهرس المخطوطات', 'فهر'],
  ['finds بطوطة while typing بطو (a bare baa is part of the word)', 'رحلة ابن بطوطة', 'بطو'],
  ['finds المكتبات while typing the bare word', 'المكتبات', 'مكتبا'],
  ['finds الكتاب while typing with the article', 'الكتاب', 'الكت'],
  ['finds وزارة while typing with the article', 'وزارة', 'الوزا'],
  ['finds a second word while typing it', 'تاريخ عمان الحديث', 'تاريخ عما'],
  ['finds an ISBN while typing it', 'ISBN 978-9953-68-123-4', '978-9953'],
  ['finds خلدون while typing it romanised', 'ابن خلدون', 'ibn khald'],
];

describe('a record is found while the last word is being typed', () => {
  test.each(foundWhileTyping)('%s', (_behaviour, record, query) => {
    expect(matches(record, query)).toBe(true);
  });
});

/** Precision: checked with every key read as a prefix, the loosest reading (Pagefind's). */
const notFound: Array<[behaviour: string, record: string, query: string]> = [
  ['does not find البيان for البنيان', 'البيان والتبيين', 'البنيان'],
  ['does not find البنيان for البيان', 'البنيان المرصوص', 'البيان'],
  ['does not find بنت for بنيان (its stem is بني, not بن)', 'بنت الشاطئ', 'بنيان'],
  ['does not find قصر for قصة (a three-letter word is never stemmed to two)', 'قصر العلم', 'قصة'],
  ['does not find زار for وزار (a bare waw is never stripped)', 'زار المدينة', 'وزار'],
  ['does not find هرم for فهر (a bare faa is never stripped)', 'هرم', 'فهر'],
  ['does not find اللغة for الله', 'اللغة العربية', 'الله'],
  ['does not find الله for اللغة', 'بسم الله', 'اللغة'],
  ['does not find اليمن for romanised Oman', 'تاريخ اليمن', 'tarikh uman'],
  ['does not find the preposition من for romanised Oman', 'من البحر إلى الجبل', 'uman'],
  ['does not find مسقط for an unrelated romanised word', 'مسقط', 'tarikh'],
  ['does not find a record that has only one of two words', 'تاريخ مسقط', 'تاريخ عمان'],
  ['does not find anything for an empty query', 'تاريخ عمان', '  '],
];

describe('a record is not found by a different word', () => {
  test.each(notFound)('%s', (_behaviour, record, query) => {
    expect(matches(record, query, { everyKeyPrefix: true })).toBe(false);
  });
});

/**
 * The word still being typed, read strictly (as the own index reads it): its stem exactly, or
 * its typed letters as a prefix. Pagefind reads the stem as a prefix and finds these too.
 */
const notFoundByTypedWord: Array<[behaviour: string, record: string, query: string]> = [
  ['does not find سلطنة for سلطان (stems سلطن and سلط)', 'سلطنة عمان', 'سلطان'],
  ['does not find سلطنة for السلطان', 'سلطنة عمان', 'السلطان'],
  ['does not find مكتبخانة for مكتبات (stems مكتبخان and مكتب)', 'مكتبخانة', 'مكتبات'],
  ['does not find bookbinding for books', 'Bookbinding in Oman', 'books'],
];

describe('a word still being typed does not find other words that share its stem', () => {
  test.each(notFoundByTypedWord)('%s', (_behaviour, record, query) => {
    expect(matches(record, query)).toBe(false);
    expect(matches(record, query, { everyKeyPrefix: true })).toBe(true);
  });
});

const foundByTypedWord: Array<[behaviour: string, record: string, query: string]> = [
  ['finds سلطان for سلطان', 'السلطان قابوس', 'سلطان'],
  ['finds سلاطين for سلطان (its singular is indexed)', 'سلاطين عمان', 'سلطان'],
  ['finds مكتبة for المكتبات (the same stem)', 'مكتبة الجامعة', 'المكتبات'],
  ['finds سلطانة while سلطان is typed', 'سلطانة', 'سلطان'],
  ['finds library for libraries', 'Library of the university', 'libraries'],
];

describe('a word still being typed finds its own forms and what it may become', () => {
  test.each(foundByTypedWord)('%s', (_behaviour, record, query) => {
    expect(matches(record, query)).toBe(true);
  });
});
