/**
 * Names of the Dewey Decimal Classification's ten main classes and hundred divisions
 * (the first and second summaries of DDC 23), in Arabic and English, for conspectus tables.
 * Data table: long by nature.
 */
import type { Lang } from '../shared/i18n/strings.ts';

type Names = Record<Lang, string>;
const n = (ar: string, en: string): Names => ({ ar, en });

const classes: Record<string, Names> = {
  '000': n('المعارف العامة وعلوم الحاسوب والمعلومات', 'Computer science, information & general works'),
  '100': n('الفلسفة وعلم النفس', 'Philosophy & psychology'),
  '200': n('الديانات', 'Religion'),
  '300': n('العلوم الاجتماعية', 'Social sciences'),
  '400': n('اللغات', 'Language'),
  '500': n('العلوم البحتة', 'Science'),
  '600': n('العلوم التطبيقية (التقنية)', 'Technology'),
  '700': n('الفنون والترفيه', 'Arts & recreation'),
  '800': n('الآداب', 'Literature'),
  '900': n('التاريخ والجغرافيا', 'History & geography'),
};

const divisions: Record<string, Names> = {
  '000': n('علوم الحاسوب والمعلومات والأعمال العامة', 'Computer science, knowledge & systems'),
  '010': n('الببليوجرافيات', 'Bibliographies'),
  '020': n('علم المكتبات والمعلومات', 'Library & information sciences'),
  '030': n('الموسوعات العامة وكتب الحقائق', 'Encyclopedias & books of facts'),
  '040': n('(غير مستخدم)', '(Unassigned)'),
  '050': n('الدوريات العامة', 'Magazines, journals & serials'),
  '060': n('الجمعيات والمنظمات والمتاحف', 'Associations, organizations & museums'),
  '070': n('وسائل الإعلام والصحافة والنشر', 'News media, journalism & publishing'),
  '080': n('المجموعات العامة والاقتباسات', 'Quotations'),
  '090': n('المخطوطات والكتب النادرة', 'Manuscripts & rare books'),
  '100': n('الفلسفة', 'Philosophy'),
  '110': n('الميتافيزيقا (ما وراء الطبيعة)', 'Metaphysics'),
  '120': n('نظرية المعرفة', 'Epistemology'),
  '130': n('الظواهر الخارقة والعلوم الخفية', 'Parapsychology & occultism'),
  '140': n('المذاهب الفلسفية', 'Philosophical schools of thought'),
  '150': n('علم النفس', 'Psychology'),
  '160': n('المنطق', 'Philosophical logic'),
  '170': n('الأخلاق', 'Ethics'),
  '180': n('الفلسفة القديمة والوسيطة والشرقية', 'Ancient, medieval & eastern philosophy'),
  '190': n('الفلسفة الغربية الحديثة', 'Modern western philosophy'),
  '200': n('الديانات', 'Religion'),
  '210': n('فلسفة الدين ونظرياته', 'Philosophy & theory of religion'),
  '220': n('الكتاب المقدس', 'The Bible'),
  '230': n('المسيحية', 'Christianity'),
  '240': n('الممارسات والشعائر المسيحية', 'Christian practice & observance'),
  '250': n('الرعاية الكنسية والرهبانيات المسيحية', 'Christian pastoral practice & religious orders'),
  '260': n('التنظيم الكنسي والعبادة المسيحية', 'Christian organization, social work & worship'),
  '270': n('تاريخ المسيحية', 'History of Christianity'),
  '280': n('الطوائف المسيحية', 'Christian denominations'),
  '290': n('الديانات الأخرى', 'Other religions'),
  '300': n('العلوم الاجتماعية وعلم الاجتماع والأنثروبولوجيا', 'Social sciences, sociology & anthropology'),
  '310': n('الإحصاء', 'Statistics'),
  '320': n('العلوم السياسية', 'Political science'),
  '330': n('الاقتصاد', 'Economics'),
  '340': n('القانون', 'Law'),
  '350': n('الإدارة العامة والعلوم العسكرية', 'Public administration & military science'),
  '360': n('المشكلات والخدمات الاجتماعية', 'Social problems & social services'),
  '370': n('التربية والتعليم', 'Education'),
  '380': n('التجارة والاتصالات والنقل', 'Commerce, communications & transportation'),
  '390': n('العادات والتقاليد والفولكلور', 'Customs, etiquette & folklore'),
  '400': n('اللغات', 'Language'),
  '410': n('علم اللغة (اللسانيات)', 'Linguistics'),
  '420': n('اللغة الإنجليزية', 'English & Old English languages'),
  '430': n('اللغة الألمانية واللغات الجرمانية', 'German & related languages'),
  '440': n('اللغة الفرنسية واللغات الرومانسية', 'French & related languages'),
  '450': n('اللغة الإيطالية والرومانية', 'Italian, Romanian & related languages'),
  '460': n('اللغة الإسبانية والبرتغالية', 'Spanish, Portuguese, Galician'),
  '470': n('اللغة اللاتينية', 'Latin & Italic languages'),
  '480': n('اللغة اليونانية', 'Classical & modern Greek languages'),
  '490': n('اللغات الأخرى', 'Other languages'),
  '500': n('العلوم', 'Science'),
  '510': n('الرياضيات', 'Mathematics'),
  '520': n('علم الفلك', 'Astronomy'),
  '530': n('الفيزياء', 'Physics'),
  '540': n('الكيمياء', 'Chemistry'),
  '550': n('علوم الأرض والجيولوجيا', 'Earth sciences & geology'),
  '560': n('الأحافير وعلم الحياة القديمة', 'Fossils & prehistoric life'),
  '570': n('علوم الحياة (الأحياء)', 'Biology'),
  '580': n('علم النبات', 'Plants (Botany)'),
  '590': n('علم الحيوان', 'Animals (Zoology)'),
  '600': n('التقنية (العلوم التطبيقية)', 'Technology'),
  '610': n('الطب والصحة', 'Medicine & health'),
  '620': n('الهندسة', 'Engineering'),
  '630': n('الزراعة', 'Agriculture'),
  '640': n('الاقتصاد المنزلي والحياة الأسرية', 'Home & family management'),
  '650': n('الإدارة والعلاقات العامة', 'Management & public relations'),
  '660': n('الهندسة الكيميائية', 'Chemical engineering'),
  '670': n('الصناعات', 'Manufacturing'),
  '680': n('صناعات لأغراض محددة', 'Manufacture for specific uses'),
  '690': n('تشييد المباني', 'Construction of buildings'),
  '700': n('الفنون', 'Arts'),
  '710': n('تخطيط المدن وتنسيق المناظر الطبيعية', 'Area planning & landscape architecture'),
  '720': n('العمارة', 'Architecture'),
  '730': n('النحت والخزف وأشغال المعادن', 'Sculpture, ceramics & metalwork'),
  '740': n('الرسم والفنون الزخرفية', 'Graphic arts & decorative arts'),
  '750': n('التصوير الزيتي (اللوحات)', 'Painting'),
  '760': n('فنون الطباعة والمطبوعات', 'Printmaking & prints'),
  '770': n('التصوير الضوئي والفن الرقمي والأفلام', 'Photography, computer art, film, video'),
  '780': n('الموسيقى', 'Music'),
  '790': n('الرياضة والألعاب والترفيه', 'Sports, games & entertainment'),
  '800': n('الأدب والبلاغة والنقد', 'Literature, rhetoric & criticism'),
  '810': n('الأدب الأمريكي باللغة الإنجليزية', 'American literature in English'),
  '820': n('الأدب الإنجليزي', 'English & Old English literatures'),
  '830': n('الأدب الألماني', 'German & related literatures'),
  '840': n('الأدب الفرنسي', 'French & related literatures'),
  '850': n('الأدب الإيطالي والروماني', 'Italian, Romanian & related literatures'),
  '860': n('الأدب الإسباني والبرتغالي', 'Spanish, Portuguese, Galician literatures'),
  '870': n('الأدب اللاتيني', 'Latin & Italic literatures'),
  '880': n('الأدب اليوناني', 'Classical & modern Greek literatures'),
  '890': n('آداب اللغات الأخرى', 'Other literatures'),
  '900': n('التاريخ', 'History'),
  '910': n('الجغرافيا والرحلات', 'Geography & travel'),
  '920': n('التراجم والأنساب والشارات', 'Biography & genealogy'),
  '930': n('تاريخ العالم القديم', 'History of ancient world (to ca. 499)'),
  '940': n('تاريخ أوروبا', 'History of Europe'),
  '950': n('تاريخ آسيا', 'History of Asia'),
  '960': n('تاريخ أفريقيا', 'History of Africa'),
  '970': n('تاريخ أمريكا الشمالية', 'History of North America'),
  '980': n('تاريخ أمريكا الجنوبية', 'History of South America'),
  '990': n('تاريخ المناطق الأخرى', 'History of other areas'),
};

/**
 * The name of a Dewey main class ("200") or division ("290") in `lang`, or undefined.
 * @example deweyName('290', 'en') // "Other religions"
 */
export function deweyName(code: string, lang: Lang): string | undefined {
  const table = code.endsWith('00') ? classes : divisions;
  return table[code]?.[lang];
}

/** Both tables, for the completeness test. */
export const deweyNameTables = { classes, divisions };
