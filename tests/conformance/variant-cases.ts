/**
 * The variant table: what a reader types (given) and which records must come back (want), and,
 * for precision cases, which must not (not). Records are named by their 001 in
 * tests/fixtures/search/; a record held by several libraries is one union record under any of
 * its members' 001s. Every engine runs this table through the search page in a real browser.
 */

export interface SearchCase {
  /** Behaviour sentence, also the test name. */
  name: string;
  /** Class of the list the case belongs to (for the score per class). */
  kind: string;
  q: string;
  /** URL parameters besides q (library, lang, format, from, to, subject). */
  params?: Record<string, string>;
  /** 001s that must be among the results. */
  want: string[];
  /** 001s that must not be among the results. */
  not?: string[];
  /** The result list must be empty. */
  none?: boolean;
}

const c = (kind: string, name: string, q: string, want: string[], extra: Partial<SearchCase> = {}): SearchCase => ({ kind, name, q, want, ...extra });

export const variantCases: SearchCase[] = [
  c('hamza', 'finds أصول typed with bare alef', 'اصول الفقه', ['N01']),
  c('hamza', 'finds أصول typed with hamza below', 'إصول الفقه', ['N01']),
  c('hamza', 'finds إحياء typed with bare alef', 'احياء علوم الدين', ['N02']),
  c('hamza', 'finds آداب (madda) typed with bare alef', 'اداب البحث', ['N03']),
  c('hamza', 'finds a title written with alef wasla typed with plain alef', 'تفسير القران', ['N04']),
  c('hamza', 'finds القرءان (lone hamza) typed as القرآن', 'احكام القرآن', ['N33']),
  c('hamza', 'finds الإباضية typed without hamza', 'الاباضيه', ['N40', 'N42']),
  c('hamza-seat', 'finds مسؤولية typed with ئ', 'مسئولية المكتبات', ['N05']),
  c('hamza-seat', 'finds مسئولية typed with ؤ', 'مسؤولية الطبيب', ['N34'], { not: ['N05'] }),
  c('hamza-seat', 'finds رسائل typed with ي for ئ', 'رسايل اخوان', ['N06']),
  c('taa-marbuta', 'finds المكتبة الوطنية typed with final ه', 'المكتبه الوطنيه', ['N07']),
  c('taa-marbuta', 'finds الموسوعه (catalogued with ه) typed with ة', 'الموسوعة العمانية', ['S01']),
  c('alef-maqsura', 'finds الفتاوى الكبرى typed with final ي', 'الفتاوي الكبري', ['N08']),
  c('alef-maqsura', 'finds الكبرى typed with Persian ی and ک', 'الفتاوی الکبری', ['N08']),
  c('persian', 'finds a Persian title typed with Arabic ك and ي', 'كتابخانه مركزي', ['N09']),
  c('persian', 'finds a ZWNJ compound by its first part', 'نسخه خطي', ['N09']),
  c('persian', 'finds a title written with Urdu ھ typed with ه', 'هندسة المساحة', ['N10']),
  c('tashkeel', 'finds a title written with tashkeel typed without', 'مقدمة ابن خلدون', ['N11', 'M05']),
  c('tashkeel', 'finds a plain title typed with tashkeel', 'تَارِيخُ عُمَان', ['N12']),
  c('quranic', 'finds الرحمٰن (superscript alef) typed as الرحمن', 'سورة الرحمن', ['N13']),
  c('quranic', 'ignores a Quranic pause mark in the query', 'الرحمن ۚ ومعانيها', ['N13']),
  c('tatweel', 'finds a title written with tatweel', 'الجزيرة العربية', ['N14']),
  c('tatweel', 'ignores tatweel in the query', 'العصــور القديـمة', ['N14']),
  c('controls', 'finds a title with RLM and ZWJ inside its words', 'ديوان ابي مسلم البهلاني', ['N15']),
  c('controls', 'ignores zero-width and bidi controls in the query', '\u200fديو\u200dان\u200b ابي مسلم', ['N15']),
  c('presentation', 'finds a title stored in presentation forms', 'ديوان المتنبي', ['N16']),
  c('presentation', 'reads a query typed in presentation forms', 'ﺍﻟﺠﺰﻳﺮﺓ ﺍﻟﻌﺮﺑﻴﺔ', ['N14']),
  c('digits', 'finds Arabic-Indic digits in a title typed with Western digits', 'الخطة 1996', ['N17']),
  c('digits', 'reads a query in Arabic-Indic digits', 'الخطة الخمسية ٢٠٠٠', ['N17']),
  c('digits', 'reads a query in Persian digits', 'الخطة ۱۹۹۶', ['N17']),
  c('romanisation-marks', 'finds an ALA-LC title typed without ʻ and macrons', 'tarikh uman siyasi', ['M04']),
  c('romanisation-marks', 'reads ʻ ʼ and macrons in the query', 'Tārīkh ʻUmān al-siyāsī', ['M04']),
  c('latin', 'finds Études typed without accent', 'etudes poesie', ['M03']),
  c('latin', 'finds a title typed in capitals', 'ÉTUDES SUR LA POÉSIE', ['M03']),
  c('latin', 'finds an upper-case title typed in lower case', 'gulf states', ['M11']),
  c('latin', 'finds a plural title word typed in the singular', 'library arab world', ['M02']),
  c('clitics', 'finds المدارس typed with و', 'والمدارس', ['N18']),
  c('clitics', 'finds المدارس typed with ف', 'فالمدارس', ['N18']),
  c('clitics', 'finds المدارس typed with ب', 'بالمدارس', ['N18']),
  c('clitics', 'finds المدارس typed with ك', 'كالمدارس', ['N18']),
  c('clitics', 'finds المدارس typed with لل', 'للمدارس', ['N18']),
  c('clitics', 'finds المدارس typed without the article', 'مدارس عمان', ['N18']),
  c('clitics', 'finds والتاريخ in a record typed as تاريخ', 'الادب تاريخ', ['N19']),
  c('clitics', 'finds a word with a bare و in the record (وحضارتها)', 'حضارة عمان', ['N29']),
  c('suffixes', 'finds المكتبات العمانية typed in the singular', 'مكتبة عمانية', ['N20']),
  c('suffixes', 'finds a word typed with a possessive suffix', 'مكتباتها العمانيه', ['N20']),
  c('suffixes', 'finds الشعبية typed as شعبي', 'الفنون شعبي', ['N43']),
  c('as-you-type', 'finds وزارة while و… is being typed', 'وزا', ['N21']),
  c('as-you-type', 'finds فهرس while ف… is being typed', 'فهر', ['N22']),
  c('as-you-type', 'finds بطوطة while ب… is being typed', 'بطو', ['N23']),
  c('as-you-type', 'finds the second word while it is being typed', 'رحلة ابن بط', ['N23']),
  c('as-you-type', 'finds a word with its article while it is being typed', 'المخطو', ['N22']),
  c('246', 'finds a record by its 246 variant title', 'المجموعة الكاملة لاعمال', ['N24']),
  c('246', 'finds a record by another library\'s variant title', 'موسوعة عمان', ['N37']),
  c('members', 'finds a record by a subject only another library gave it', 'الامامة', ['N12']),
  c('880', 'finds a romanised record by its 880 Arabic title', 'تاريخ عمان السياسي', ['M04']),
  c('880', 'finds a romanised record by its 880 Arabic author', 'الاصفهاني الاغاني', ['M06']),
  c('880', 'finds an Arabic 880 title by its romanised 245', 'kitab al-aghani', ['M06']),
  c('cross-script', 'finds Arabic-only records from a romanised query', 'tarikh uman', ['N12', 'M04']),
  c('cross-script', 'finds Arabic-only records by a romanised author', 'ibn khaldun', ['N11', 'M05', 'S04']),
  c('cross-script', 'finds an Arabic-only title from a loose romanisation', 'muqaddima', ['N11']),
  c('cross-script', 'finds مسقط from the English spelling Muscat', 'muscat', ['M13']),
  c('cross-script', 'finds a romanised title from Arabic script', 'البخلاء', ['M16']),
  c('cross-script', 'meets two romanisations of a name written in a title', 'qabus', ['M12']),
  c('cross-script', 'meets two romanisations of an author\'s name', 'khaldun', ['M17']),
  c('broken-plural', 'finds كتب typed in the singular', 'كتاب التراث', ['N25']),
  c('broken-plural', 'finds علماء typed in the singular', 'عالم عمان', ['N26']),
  c('broken-plural', 'finds قصص typed in the singular', 'قصة الانبياء', ['N30']),
  c('broken-plural', 'finds the plural أصول typed in the singular أصل', 'اصل الفقه', ['N01']),
  c('precision', 'does not give البيان for البنيان', 'البنيان', ['N27'], { not: ['N28'] }),
  c('precision', 'does not give البنيان for البيان', 'البيان', ['N28'], { not: ['N27'] }),
  c('precision', 'finds nothing when one word matches nothing', 'تاريخ ققققق', [], { none: true }),
  c('precision', 'finds nothing for an English word found nowhere', 'history xyzzy', [], { none: true }),
  // Pagefind, asked for a word it lacks, cuts letters off its end until something matches.
  c('precision', 'finds nothing for a misspelt word, not its first letters', 'تاريح', [], { none: true }),
  c('precision', 'finds nothing for a misspelt English word', 'histroy', [], { none: true }),
  c('precision', 'needs every word: two words from different records find neither', 'البنيان التبيين', [], { none: true }),
  c('precision', 'does not take مسقط for مستقبل', 'مستقبل', [], { not: ['M13'] }),
  c('precision', 'does not take سلطنة for سلطان', 'سلطان', [], { not: ['N31'] }),
];
