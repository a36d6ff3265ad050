/**
 * The editions the sample libraries hold: real works, real publishers, invented ISBNs
 * (valid checksums; see publishers.ts). One row = one manifestation = one key of the
 * clustering ground truth. Volumes of a set catalogued separately are separate rows
 * (`set()` expands them); a set catalogued as one record says so with `volumesInSet`.
 *
 * Traps a union catalogue must not merge are here on purpose: ط. 1 / ط. 2 of one work
 * (fath-1977/fath-1983, taghriba-2021/2023, sayyidat-2010/2019, madkhal-1999/2006), volumes of
 * one set (tuhfa, oman-abr, shaqaiq, bayan-shar, ain-hilal, mudun ...), two different books
 * called "تاريخ عمان" (tarikh-oman-kashf-1980, tarikh-oman-phillips-1981), reprints decades
 * apart (sands-1959/sands-1984, ayyam-1971/ayyam-1992).
 */
import type { PersonId } from './people.ts';
import type { PublisherId } from './publishers.ts';

export type Language = 'ara' | 'eng' | 'fre';
export type ContributorRole = 'editor' | 'translator';

export interface Edition {
  key: string;
  /** Groups the editions of one work (not used for matching: editions stay apart). */
  work: string;
  language: Language;
  /** Language of the original, for 041 $h, when this edition is a translation. */
  translatedFrom?: string;
  title: string;
  subtitle?: string;
  /** ALA-LC romanisation of the title, for the big library's 880 parallels. */
  titleRoman?: string;
  /** 246: a form of the title readers also search for. */
  variantTitle?: string;
  /** First is the main entry (100); no authors = title main entry (245 0_). */
  authors?: PersonId[];
  contributors?: [PersonId, ContributorRole][];
  /** Edition number as stated on the title page; absent = no edition statement. */
  edition?: number;
  publisher: PublisherId;
  year: number;
  /** The imprint date is not on the book: catalogued as "[1972?]". */
  yearGuessed?: boolean;
  pages: number;
  /** One record for a whole multi-volume set: 300 reads "4 مج.". */
  volumesInSet?: number;
  cm: number;
  /** This record is one volume of a set. */
  volume?: { number: number; name?: string };
  /** false: no ISBN on the book (too old, or never assigned). Default: one, from the publisher's prefix. */
  isbn?: false;
  series?: string;
  subjects: string[];
  dewey: string;
}

type VolumeRow = { number: number; name?: string; pages: number; year?: number };

/** A set catalogued volume by volume: one edition row per volume, keys `<key>-v<n>`. */
function set(base: Omit<Edition, 'pages'>, volumes: VolumeRow[]): Edition[] {
  return volumes.map((v) => ({
    ...base,
    key: `${base.key}-v${v.number}`,
    pages: v.pages,
    year: v.year ?? base.year,
    volume: { number: v.number, name: v.name },
  }));
}

const omanHistory = ['عمان -- تاريخ'];
const ibadi = ['الإباضية'];

export const editions: Edition[] = [
  // ——— Omani history and heritage ———
  ...set({ key: 'tuhfa-1997', work: 'tuhfa', language: 'ara', title: 'تحفة الأعيان بسيرة أهل عمان', titleRoman: 'Tuḥfat al-aʻyān bi-sīrat ahl ʻUmān', authors: ['salimi'], contributors: [['atfayyish', 'editor']], publisher: 'istiqama', year: 1997, cm: 24, subjects: [...omanHistory, 'الإباضية -- تاريخ'], dewey: '953.53' },
    [{ number: 1, pages: 398 }, { number: 2, pages: 324 }]),
  { key: 'kashf-1985', work: 'kashf', language: 'ara', title: 'كشف الغمة الجامع لأخبار الأمة', authors: ['izkawi'], contributors: [['ubaydli', 'editor']], publisher: 'qurtuba', year: 1985, pages: 512, cm: 24, isbn: false, subjects: [...omanHistory, 'الإسلام -- تاريخ'], dewey: '953.53' },
  { key: 'tarikh-oman-kashf-1980', work: 'tarikh-oman-kashf', language: 'ara', title: 'تاريخ عمان', subtitle: 'المقتبس من كتاب كشف الغمة الجامع لأخبار الأمة', authors: ['izkawi'], contributors: [['qaisi', 'editor']], publisher: 'turath', year: 1980, pages: 144, cm: 24, isbn: false, series: 'تراثنا؛ 12', subjects: omanHistory, dewey: '953.53' },
  { key: 'tarikh-oman-phillips-1981', work: 'oman-history-phillips', language: 'ara', translatedFrom: 'eng', title: 'تاريخ عمان', authors: ['phillips'], contributors: [['aminAbdullah', 'translator']], publisher: 'turath', year: 1981, pages: 268, cm: 24, isbn: false, subjects: omanHistory, dewey: '953.53' },
  { key: 'oman-history-phillips-1967', work: 'oman-history-phillips', language: 'eng', title: 'Oman', subtitle: 'a history', authors: ['phillips'], publisher: 'longmans', year: 1967, pages: 246, cm: 23, isbn: false, subjects: ['Oman -- History'], dewey: '953.53' },
  { key: 'fath-1977', work: 'fath', language: 'ara', title: 'الفتح المبين في سيرة السادة البوسعيديين', titleRoman: 'al-Fatḥ al-mubīn fī sīrat al-sādah al-Būsaʻīdīyīn', authors: ['ibnRuzaiq'], contributors: [['amer', 'editor']], publisher: 'turath', year: 1977, pages: 490, cm: 24, isbn: false, subjects: [...omanHistory, 'آل بوسعيد'], dewey: '953.53' },
  { key: 'fath-1983', work: 'fath', language: 'ara', title: 'الفتح المبين في سيرة السادة البوسعيديين', authors: ['ibnRuzaiq'], contributors: [['amer', 'editor']], edition: 2, publisher: 'turath', year: 1983, pages: 496, cm: 24, isbn: false, subjects: [...omanHistory, 'آل بوسعيد'], dewey: '953.53' },
  ...set({ key: 'oman-abr-1986', work: 'oman-abr', language: 'ara', title: 'عمان عبر التاريخ', titleRoman: 'ʻUmān ʻabra al-tārīkh', authors: ['siyabi'], edition: 1, publisher: 'turath', year: 1986, cm: 24, isbn: false, series: 'تراثنا', subjects: omanHistory, dewey: '953.53' },
    [{ number: 1, pages: 312 }, { number: 2, pages: 288 }, { number: 3, pages: 301 }, { number: 4, pages: 276 }]),
  ...set({ key: 'oman-abr-2001', work: 'oman-abr', language: 'ara', title: 'عمان عبر التاريخ', authors: ['siyabi'], edition: 3, publisher: 'turath', year: 2001, cm: 24, isbn: false, subjects: omanHistory, dewey: '953.53' },
    [{ number: 1, pages: 320 }]),
  { key: 'isaf-1965', work: 'isaf', language: 'ara', title: 'إسعاف الأعيان في أنساب أهل عمان', authors: ['siyabi'], publisher: 'mashriq', year: 1965, pages: 160, cm: 20, isbn: false, subjects: ['الأنساب العربية -- عمان'], dewey: '929.2095353' },
  { key: 'nahda-1961', work: 'nahda', language: 'ara', title: 'نهضة الأعيان بحرية عمان', titleRoman: 'Nahḍat al-aʻyān bi-ḥurrīyat ʻUmān', authors: ['mSalimi'], publisher: 'kitabArabi', year: 1961, pages: 472, cm: 24, isbn: false, subjects: omanHistory, dewey: '953.53' },
  { key: 'qisas-1979', work: 'qisas', language: 'ara', title: 'قصص وأخبار جرت في عمان', authors: ['maawali'], contributors: [['amer', 'editor']], publisher: 'turath', year: 1979, pages: 238, cm: 24, isbn: false, subjects: omanHistory, dewey: '953.53' },
  { key: 'oman-fi-tarikh-1995', work: 'oman-in-history', language: 'ara', title: 'عمان في التاريخ', publisher: 'infoMinistry', year: 1995, pages: 516, cm: 31, subjects: omanHistory, dewey: '953.53' },
  { key: 'oman-in-history-1995', work: 'oman-in-history', language: 'eng', title: 'Oman in history', publisher: 'immel', year: 1995, pages: 516, cm: 31, subjects: ['Oman -- History'], dewey: '953.53' },
  ...set({ key: 'mawsua-2013', work: 'mawsua', language: 'ara', title: 'الموسوعة العمانية', publisher: 'turath2002', year: 2013, cm: 30, subjects: ['عمان -- موسوعات'], dewey: '953.53003' },
    [{ number: 1, pages: 420, name: 'أ - ب' }, { number: 2, pages: 436, name: 'ت - ج' }, { number: 3, pages: 410, name: 'ح - خ' }]),
  { key: 'ghubash-1997', work: 'ghubash', language: 'ara', title: 'عمان', subtitle: 'الديمقراطية الإسلامية: تقاليد الإمامة والتاريخ السياسي الحديث (1500-1970)', authors: ['ghubash'], publisher: 'jadid', year: 1997, pages: 438, cm: 24, subjects: [...omanHistory, 'الإمامة'], dewey: '953.53' },
  { key: 'ghubash-fr-1998', work: 'ghubash', language: 'fre', title: 'Oman', subtitle: 'une démocratie islamique millénaire : la tradition de l\'Imâma, l\'histoire politique moderne, 1500-1970', authors: ['ghubashLatin'], publisher: 'maisonneuve', year: 1998, pages: 358, cm: 24, subjects: ['Oman -- Histoire', 'Imamat'], dewey: '953.53' },
  // ——— Ibadi and Omani law ———
  { key: 'jawhar-1993', work: 'jawhar', language: 'ara', title: 'جوهر النظام في علمي الأديان والأحكام', authors: ['salimi'], publisher: 'istiqama', year: 1993, pages: 640, cm: 24, subjects: [...ibadi, 'الفقه الإباضي'], dewey: '297.8' },
  { key: 'lumaa-1995', work: 'lumaa', language: 'ara', title: 'اللمعة المرضية من أشعة الإباضية', authors: ['salimi'], publisher: 'istiqama', year: 1995, pages: 96, cm: 20, subjects: [...ibadi, 'العقيدة الإسلامية'], dewey: '297.8' },
  { key: 'mashariq-1989', work: 'mashariq', language: 'ara', title: 'مشارق أنوار العقول', authors: ['salimi'], contributors: [['umayra', 'editor']], publisher: 'jil', year: 1989, pages: 560, cm: 24, subjects: [...ibadi, 'علم الكلام'], dewey: '297.2' },
  { key: 'musnad-rabi-1995', work: 'musnad-rabi', language: 'ara', title: 'الجامع الصحيح مسند الإمام الربيع بن حبيب بن عمر الأزدي البصري', variantTitle: 'مسند الربيع', authors: ['rabi'], publisher: 'istiqama', year: 1995, pages: 384, cm: 24, subjects: ['الحديث -- مجموعات', ...ibadi], dewey: '297.125' },
  ...set({ key: 'sharh-jami-1994', work: 'sharh-jami', language: 'ara', title: 'شرح الجامع الصحيح مسند الإمام الربيع بن حبيب', authors: ['salimi'], publisher: 'istiqama', year: 1994, cm: 24, subjects: ['الحديث -- شروح', ...ibadi], dewey: '297.125' },
    [{ number: 1, pages: 344 }]),
  ...set({ key: 'bayan-shar-1984', work: 'bayan-shar', language: 'ara', title: 'بيان الشرع', subtitle: 'الجامع للأصل والفرع', titleRoman: 'Bayān al-sharʻ', authors: ['kindi'], publisher: 'turath', year: 1984, cm: 24, isbn: false, subjects: ['الفقه الإباضي'], dewey: '297.14' },
    [{ number: 1, pages: 352 }, { number: 2, pages: 368 }, { number: 3, pages: 340 }]),
  ...set({ key: 'qamus-1983', work: 'qamus', language: 'ara', title: 'قاموس الشريعة الحاوي طرقها الوسيعة', authors: ['saadi'], publisher: 'turath', year: 1983, cm: 24, isbn: false, subjects: ['الفقه الإباضي'], dewey: '297.14' },
    [{ number: 1, pages: 416 }]),
  ...set({ key: 'mujam-ibadi-2008', work: 'mujam-ibadi', language: 'ara', title: 'معجم مصطلحات الإباضية', publisher: 'awqaf', year: 2008, cm: 24, subjects: [...ibadi, 'الإسلام -- مصطلحات'], dewey: '297.803' },
    [{ number: 1, pages: 560 }, { number: 2, pages: 544 }]),
  // ——— Omani literature ———
  { key: 'diwan-bahlani-1987', work: 'diwan-bahlani', language: 'ara', title: 'ديوان أبي مسلم البهلاني', titleRoman: 'Dīwān Abī Muslim al-Bahlānī', authors: ['bahlani'], publisher: 'turath', year: 1987, pages: 496, cm: 24, isbn: false, subjects: ['الشعر العربي -- عمان'], dewey: '892.71' },
  { key: 'diwan-sitali-1984', work: 'diwan-sitali', language: 'ara', title: 'ديوان الستالي', authors: ['sitali'], publisher: 'turath', year: 1984, pages: 312, cm: 24, isbn: false, subjects: ['الشعر العربي -- عمان'], dewey: '892.71' },
  { key: 'diwan-ibnshaikhan-1978', work: 'diwan-ibnshaikhan', language: 'ara', title: 'ديوان ابن شيخان', authors: ['ibnShaikhan'], publisher: 'turath', year: 1978, pages: 272, cm: 24, isbn: false, subjects: ['الشعر العربي -- عمان'], dewey: '892.71' },
  ...set({ key: 'shaqaiq-1984', work: 'shaqaiq', language: 'ara', title: 'شقائق النعمان على سموط الجمان في أسماء شعراء عمان', authors: ['khusaibi'], publisher: 'turath', year: 1984, cm: 24, isbn: false, subjects: ['الشعراء العمانيون -- تراجم'], dewey: '892.7109' },
    [{ number: 1, pages: 384 }, { number: 2, pages: 360 }, { number: 3, pages: 372, year: 1989 }]),
  { key: 'sayyidat-2010', work: 'sayyidat', language: 'ara', title: 'سيدات القمر', subtitle: 'رواية', titleRoman: 'Sayyidāt al-qamar', authors: ['harthi'], edition: 1, publisher: 'adab', year: 2010, pages: 223, cm: 21, subjects: ['الرواية العربية -- عمان'], dewey: '892.737' },
  { key: 'sayyidat-2019', work: 'sayyidat', language: 'ara', title: 'سيدات القمر', subtitle: 'رواية', authors: ['harthi'], edition: 3, publisher: 'adab', year: 2019, pages: 223, cm: 21, subjects: ['الرواية العربية -- عمان'], dewey: '892.737' },
  { key: 'celestial-2018', work: 'sayyidat', language: 'eng', translatedFrom: 'ara', title: 'Celestial bodies', authors: ['harthi'], contributors: [['booth', 'translator']], publisher: 'sandstone', year: 2018, pages: 243, cm: 22, subjects: ['Oman -- Fiction', 'Families -- Oman -- Fiction'], dewey: '892.737' },
  { key: 'celestial-2019', work: 'sayyidat', language: 'eng', translatedFrom: 'ara', title: 'Celestial bodies', subtitle: 'a novel', authors: ['harthi'], contributors: [['booth', 'translator']], edition: 1, publisher: 'catapult', year: 2019, pages: 248, cm: 21, subjects: ['Oman -- Fiction'], dewey: '892.737' },
  { key: 'narinja-2016', work: 'narinja', language: 'ara', title: 'نارنجة', subtitle: 'رواية', authors: ['harthi'], publisher: 'adab', year: 2016, pages: 232, cm: 21, subjects: ['الرواية العربية -- عمان'], dewey: '892.737' },
  { key: 'manazil-1993', work: 'manazil', language: 'ara', title: 'منازل الخطوة الأولى', authors: ['rahbi'], publisher: 'mada', year: 1993, pages: 128, cm: 20, subjects: ['النثر العربي -- عمان'], dewey: '892.78' },
  { key: 'shira-1981', work: 'shira', language: 'ara', title: 'الشراع الكبير', subtitle: 'رواية', authors: ['taei'], publisher: 'turath', year: 1981, pages: 176, cm: 20, isbn: false, subjects: ['الرواية العربية -- عمان'], dewey: '892.736' },
  { key: 'malaikat-1983', work: 'malaikat', language: 'ara', title: 'ملائكة الجبل الأخضر', subtitle: 'رواية', authors: ['taei'], publisher: 'turath', year: 1983, pages: 144, cm: 20, isbn: false, subjects: ['الرواية العربية -- عمان'], dewey: '892.736' },
  { key: 'taghriba-2021', work: 'taghriba', language: 'ara', title: 'تغريبة القافر', subtitle: 'رواية', titleRoman: 'Taghrībat al-Qāfir', authors: ['qasimi'], edition: 1, publisher: 'miskiliani', year: 2021, pages: 232, cm: 21, subjects: ['الرواية العربية -- عمان'], dewey: '892.737' },
  { key: 'taghriba-2023', work: 'taghriba', language: 'ara', title: 'تغريبة القافر', subtitle: 'رواية', authors: ['qasimi'], edition: 2, publisher: 'miskiliani', year: 2023, pages: 232, cm: 21, subjects: ['الرواية العربية -- عمان'], dewey: '892.737' },
  { key: 'dilshad-2021', work: 'dilshad', language: 'ara', title: 'دلشاد', subtitle: 'سيرة الجوع والشبع', authors: ['khalfan'], publisher: 'takween', year: 2021, pages: 480, cm: 21, subjects: ['الرواية العربية -- عمان'], dewey: '892.737' },
  // ——— Classical Arabic works ———
  ...set({ key: 'muqaddima-2004', work: 'muqaddima', language: 'ara', title: 'مقدمة ابن خلدون', titleRoman: 'Muqaddimat Ibn Khaldūn', authors: ['ibnKhaldun'], contributors: [['darwishEd', 'editor']], publisher: 'fikr', year: 2004, cm: 24, subjects: ['التاريخ -- فلسفة', 'علم الاجتماع'], dewey: '907.2' },
    [{ number: 1, pages: 512 }, { number: 2, pages: 488 }]),
  { key: 'muqaddima-fr-1967', work: 'muqaddima', language: 'fre', translatedFrom: 'ara', title: 'Discours sur l\'histoire universelle', subtitle: 'al-Muqaddima', authors: ['ibnKhaldunLatin'], contributors: [['monteil', 'translator']], publisher: 'sindbad', year: 1967, pages: 1426, volumesInSet: 3, cm: 23, isbn: false, series: 'Collection UNESCO d\'œuvres représentatives. Série arabe', subjects: ['Histoire -- Philosophie', 'Civilisation islamique'], dewey: '907.2' },
  ...set({ key: 'kamil-1965', work: 'kamil', language: 'ara', title: 'الكامل في التاريخ', authors: ['ibnAthir'], publisher: 'sader', year: 1965, cm: 25, isbn: false, subjects: ['العالم الإسلامي -- تاريخ'], dewey: '909.09767' },
    [{ number: 1, pages: 582 }, { number: 2, pages: 596 }]),
  ...set({ key: 'lisan-1955', work: 'lisan', language: 'ara', title: 'لسان العرب', titleRoman: 'Lisān al-ʻArab', authors: ['ibnManzur'], publisher: 'sader', year: 1955, cm: 28, isbn: false, subjects: ['اللغة العربية -- معاجم'], dewey: '492.73' },
    [{ number: 1, pages: 800 }, { number: 2, pages: 640 }]),
  ...set({ key: 'lisan-1997', work: 'lisan', language: 'ara', title: 'لسان العرب', authors: ['ibnManzur'], edition: 1, publisher: 'sader', year: 1997, cm: 28, subjects: ['اللغة العربية -- معاجم'], dewey: '492.73' },
    [{ number: 1, pages: 496 }]),
  { key: 'bayan-tabyin-1998', work: 'bayan-tabyin', language: 'ara', title: 'البيان والتبيين', titleRoman: 'al-Bayān wa-al-tabyīn', authors: ['jahiz'], contributors: [['haroun', 'editor']], edition: 7, publisher: 'khanji', year: 1998, pages: 1620, volumesInSet: 4, cm: 24, subjects: ['البلاغة العربية', 'الأدب العربي -- العصر العباسي'], dewey: '892.78' },
  { key: 'hayawan-1965', work: 'hayawan', language: 'ara', title: 'كتاب الحيوان', authors: ['jahiz'], contributors: [['haroun', 'editor']], edition: 2, publisher: 'halabi', year: 1965, pages: 3400, volumesInSet: 7, cm: 24, isbn: false, subjects: ['الحيوانات -- أعمال مبكرة', 'الأدب العربي -- العصر العباسي'], dewey: '892.78' },
  { key: 'bukhala-1976', work: 'bukhala', language: 'ara', title: 'البخلاء', authors: ['jahiz'], contributors: [['hajiri', 'editor']], edition: 5, publisher: 'maarif', year: 1976, pages: 420, cm: 20, isbn: false, series: 'ذخائر العرب؛ 23', subjects: ['البخل', 'الأدب العربي -- العصر العباسي'], dewey: '892.78' },
  { key: 'ghufran-1977', work: 'ghufran', language: 'ara', title: 'رسالة الغفران', authors: ['maarri'], contributors: [['bintShati', 'editor']], edition: 9, publisher: 'maarif', year: 1977, pages: 620, cm: 20, isbn: false, series: 'ذخائر العرب؛ 4', subjects: ['النثر العربي -- العصر العباسي'], dewey: '892.78' },
  { key: 'tawq-2000', work: 'tawq', language: 'ara', title: 'طوق الحمامة في الألفة والألاف', authors: ['ibnHazm'], publisher: 'ilmiyya', year: 2000, pages: 192, cm: 24, subjects: ['الحب -- أعمال مبكرة'], dewey: '892.78' },
  ...set({ key: 'ain-hilal-1988', work: 'ain', language: 'ara', title: 'كتاب العين', titleRoman: 'Kitāb al-ʻAyn', authors: ['farahidi'], contributors: [['makhzumi', 'editor'], ['samarrai', 'editor']], publisher: 'hilal', year: 1988, cm: 24, subjects: ['اللغة العربية -- معاجم'], dewey: '492.73' },
    [{ number: 1, pages: 416 }, { number: 2, pages: 392 }]),
  ...set({ key: 'ain-ilmiyya-2003', work: 'ain', language: 'ara', title: 'كتاب العين', subtitle: 'مرتبا على حروف المعجم', authors: ['farahidi'], contributors: [['hindawi', 'editor']], publisher: 'ilmiyya', year: 2003, cm: 24, subjects: ['اللغة العربية -- معاجم'], dewey: '492.73' },
    [{ number: 1, pages: 448 }]),
  ...set({ key: 'jamhara-1987', work: 'jamhara', language: 'ara', title: 'جمهرة اللغة', authors: ['ibnDurayd'], contributors: [['baalbaki', 'editor']], edition: 1, publisher: 'ilmMalayin', year: 1987, cm: 28, subjects: ['اللغة العربية -- معاجم'], dewey: '492.73' },
    [{ number: 1, pages: 624 }, { number: 2, pages: 608 }]),
  ...set({ key: 'tabari-2001', work: 'tabari', language: 'ara', title: 'تفسير الطبري', subtitle: 'جامع البيان عن تأويل آي القرآن', authors: ['tabari'], contributors: [['turki', 'editor']], edition: 1, publisher: 'hajr', year: 2001, cm: 25, subjects: ['القرآن -- تفسير'], dewey: '297.1227' },
    [{ number: 1, pages: 752 }, { number: 2, pages: 736 }]),
  ...set({ key: 'ibnkathir-1999', work: 'ibnkathir', language: 'ara', title: 'تفسير القرآن العظيم', authors: ['ibnKathir'], contributors: [['salama', 'editor']], edition: 2, publisher: 'tayba', year: 1999, cm: 25, subjects: ['القرآن -- تفسير'], dewey: '297.1227' },
    [{ number: 1, pages: 560 }]),
  { key: 'muslim-1955', work: 'muslim', language: 'ara', title: 'صحيح مسلم', authors: ['muslim'], contributors: [['abdulbaqi', 'editor']], publisher: 'ihyaKutub', year: 1955, pages: 2400, volumesInSet: 5, cm: 25, isbn: false, subjects: ['الحديث -- مجموعات'], dewey: '297.124' },
  { key: 'bukhari-2002', work: 'bukhari', language: 'ara', title: 'صحيح البخاري', authors: ['bukhari'], edition: 1, publisher: 'ibnKathirPub', year: 2002, pages: 1984, cm: 25, subjects: ['الحديث -- مجموعات'], dewey: '297.124' },
  { key: 'riyad-1998', work: 'riyad', language: 'ara', title: 'رياض الصالحين من كلام سيد المرسلين', authors: ['nawawi'], contributors: [['arnaut', 'editor']], publisher: 'risala', year: 1998, pages: 608, cm: 24, subjects: ['الحديث -- مجموعات', 'الأخلاق الإسلامية'], dewey: '297.124' },
  { key: 'risala-1940', work: 'risala', language: 'ara', title: 'الرسالة', authors: ['shafii'], contributors: [['shakir', 'editor']], edition: 1, publisher: 'halabi', year: 1940, pages: 680, cm: 24, isbn: false, subjects: ['أصول الفقه'], dewey: '297.14' },
  { key: 'ihya-1982', work: 'ihya', language: 'ara', title: 'إحياء علوم الدين', authors: ['ghazali'], publisher: 'marefa', year: 1982, pages: 1700, volumesInSet: 4, cm: 24, subjects: ['التصوف', 'الأخلاق الإسلامية'], dewey: '297.4' },
  { key: 'fiqh-sunna-1977', work: 'fiqh-sunna', language: 'ara', title: 'فقه السنة', authors: ['sabiq'], edition: 3, publisher: 'kitabArabiBeirut', year: 1977, pages: 1500, volumesInSet: 3, cm: 24, isbn: false, subjects: ['الفقه الإسلامي'], dewey: '297.14' },
  { key: 'fiqh-sunna-1983', work: 'fiqh-sunna', language: 'ara', title: 'فقه السنة', authors: ['sabiq'], edition: 4, publisher: 'fikr', year: 1983, pages: 1520, volumesInSet: 3, cm: 24, subjects: ['الفقه الإسلامي'], dewey: '297.14' },
  { key: 'rahiq-1996', work: 'rahiq', language: 'ara', title: 'الرحيق المختوم', subtitle: 'بحث في السيرة النبوية على صاحبها أفضل الصلاة والسلام', authors: ['mubarakpuri'], publisher: 'salam', year: 1996, pages: 512, cm: 24, subjects: ['السيرة النبوية'], dewey: '297.63' },
  { key: 'kalila-1981', work: 'kalila', language: 'ara', translatedFrom: 'pal', title: 'كليلة ودمنة', contributors: [['ibnMuqaffa', 'translator']], publisher: 'shuruqBeirut', year: 1981, pages: 304, cm: 24, subjects: ['الحكايات العربية'], dewey: '892.78' },
  { key: 'mutanabbi-1983', work: 'mutanabbi', language: 'ara', title: 'ديوان المتنبي', authors: ['mutanabbi'], publisher: 'darBeirut', year: 1983, pages: 584, cm: 24, isbn: false, subjects: ['الشعر العربي -- العصر العباسي'], dewey: '892.713' },
  ...set({ key: 'iqd-1983', work: 'iqd', language: 'ara', title: 'العقد الفريد', authors: ['ibnAbdRabbih'], edition: 1, publisher: 'ilmiyya', year: 1983, cm: 24, subjects: ['الأدب العربي -- مختارات'], dewey: '892.78' },
    [{ number: 1, pages: 384 }]),
  ...set({ key: 'muruj-1973', work: 'muruj', language: 'ara', title: 'مروج الذهب ومعادن الجوهر', authors: ['masudi'], publisher: 'fikr', year: 1973, cm: 24, isbn: false, subjects: ['العالم الإسلامي -- تاريخ'], dewey: '909.09767' },
    [{ number: 1, pages: 448 }]),
  ...set({ key: 'battuta-1997', work: 'battuta', language: 'ara', title: 'رحلة ابن بطوطة', subtitle: 'المسماة تحفة النظار في غرائب الأمصار وعجائب الأسفار', titleRoman: 'Riḥlat Ibn Baṭṭūṭah', authors: ['ibnBattuta'], contributors: [['tazi', 'editor']], publisher: 'moroccoAcademy', year: 1997, cm: 25, series: 'مطبوعات أكاديمية المملكة المغربية. سلسلة التراث', subjects: ['الرحلات', 'العالم الإسلامي -- وصف ورحلات'], dewey: '910.4' },
    [{ number: 1, pages: 432 }, { number: 2, pages: 412 }]),
  ...set({ key: 'buldan-1977', work: 'buldan', language: 'ara', title: 'معجم البلدان', authors: ['yaqut'], publisher: 'sader', year: 1977, cm: 28, isbn: false, subjects: ['الجغرافيا -- معاجم'], dewey: '910.3' },
    [{ number: 1, pages: 512 }, { number: 4, pages: 496 }]),
  // ——— Modern Arabic literature ———
  { key: 'awlad-1962', work: 'awlad', language: 'ara', title: 'أولاد حارتنا', authors: ['mahfouz'], edition: 1, publisher: 'adab', year: 1962, pages: 552, cm: 20, isbn: false, subjects: ['الرواية العربية -- مصر'], dewey: '892.736' },
  { key: 'awlad-2006', work: 'awlad', language: 'ara', title: 'أولاد حارتنا', subtitle: 'رواية', titleRoman: 'Awlād ḥāratinā', authors: ['mahfouz'], edition: 1, publisher: 'shuruq', year: 2006, pages: 496, cm: 21, subjects: ['الرواية العربية -- مصر'], dewey: '892.736' },
  { key: 'zuqaq-1972', work: 'zuqaq', language: 'ara', title: 'زقاق المدق', authors: ['mahfouz'], publisher: 'misr', year: 1972, yearGuessed: true, pages: 312, cm: 20, isbn: false, subjects: ['الرواية العربية -- مصر'], dewey: '892.736' },
  { key: 'liss-1961', work: 'liss', language: 'ara', title: 'اللص والكلاب', authors: ['mahfouz'], publisher: 'misr', year: 1961, pages: 168, cm: 20, isbn: false, subjects: ['الرواية العربية -- مصر'], dewey: '892.736' },
  { key: 'bayn-qasrayn-1956', work: 'bayn-qasrayn', language: 'ara', title: 'بين القصرين', authors: ['mahfouz'], publisher: 'misr', year: 1956, pages: 496, cm: 20, isbn: false, series: 'الثلاثية؛ 1', subjects: ['الرواية العربية -- مصر'], dewey: '892.736' },
  { key: 'ayyam-1971', work: 'ayyam', language: 'ara', title: 'الأيام', titleRoman: 'al-Ayyām', authors: ['tahaHussein'], publisher: 'maarif', year: 1971, pages: 512, volumesInSet: 3, cm: 20, isbn: false, subjects: ['حسين، طه، 1889-1973 -- سيرة'], dewey: '892.78' },
  { key: 'ayyam-1992', work: 'ayyam', language: 'ara', title: 'الأيام', authors: ['tahaHussein'], publisher: 'maarif', year: 1992, pages: 512, volumesInSet: 3, cm: 20, subjects: ['حسين، طه، 1889-1973 -- سيرة'], dewey: '892.78' },
  { key: 'shir-jahili-1926', work: 'shir-jahili', language: 'ara', title: 'في الشعر الجاهلي', authors: ['tahaHussein'], publisher: 'kutubMisriyya', year: 1926, pages: 183, cm: 20, isbn: false, subjects: ['الشعر العربي -- العصر الجاهلي -- تاريخ ونقد'], dewey: '892.7109' },
  { key: 'mawsim-1969', work: 'mawsim', language: 'ara', title: 'موسم الهجرة إلى الشمال', subtitle: 'رواية', authors: ['tayebSalih'], publisher: 'awda', year: 1969, pages: 172, cm: 20, isbn: false, subjects: ['الرواية العربية -- السودان'], dewey: '892.736' },
  ...set({ key: 'mudun-1984', work: 'mudun', language: 'ara', title: 'مدن الملح', titleRoman: 'Mudun al-milḥ', authors: ['munif'], publisher: 'muassasa', year: 1984, cm: 22, subjects: ['الرواية العربية -- القرن 20'], dewey: '892.736' },
    [{ number: 1, name: 'التيه', pages: 592 }, { number: 2, name: 'الأخدود', pages: 512, year: 1985 }, { number: 3, name: 'تقاسيم الليل والنهار', pages: 424, year: 1989 }]),
  { key: 'rijal-1963', work: 'rijal', language: 'ara', title: 'رجال في الشمس', authors: ['kanafani'], publisher: 'taliaa', year: 1963, pages: 112, cm: 18, isbn: false, subjects: ['الرواية العربية -- فلسطين'], dewey: '892.736' },
  { key: 'darwish-1994', work: 'darwish', language: 'ara', title: 'ديوان محمود درويش', authors: ['darwish'], edition: 14, publisher: 'awda', year: 1994, pages: 760, volumesInSet: 2, cm: 24, subjects: ['الشعر العربي -- فلسطين'], dewey: '892.716' },
  // ——— Library science ———
  { key: 'madkhal-1999', work: 'madkhal', language: 'ara', title: 'المدخل إلى علم المكتبات والمعلومات', authors: ['alyan'], edition: 1, publisher: 'safa', year: 1999, pages: 356, cm: 24, subjects: ['المكتبات', 'علم المعلومات'], dewey: '020' },
  { key: 'madkhal-2006', work: 'madkhal', language: 'ara', title: 'المدخل إلى علم المكتبات والمعلومات', authors: ['alyan'], edition: 2, publisher: 'safa', year: 2006, pages: 380, cm: 24, subjects: ['المكتبات', 'علم المعلومات'], dewey: '020' },
  { key: 'fahrasa-1997', work: 'fahrasa', language: 'ara', title: 'الفهرسة الوصفية للمكتبات ومراكز المعلومات', authors: ['khalifa', 'ayidi'], edition: 3, publisher: 'misriyyaLubnaniyya', year: 1997, pages: 624, cm: 24, subjects: ['الفهرسة الوصفية'], dewey: '025.32' },
  { key: 'mujam-maktabat-1988', work: 'mujam-maktabat', language: 'ara', title: 'المعجم الموسوعي لمصطلحات المكتبات والمعلومات', subtitle: 'إنجليزي - عربي', authors: ['shami', 'hasaballah'], publisher: 'marrikh', year: 1988, pages: 1236, cm: 25, subjects: ['المكتبات -- معاجم', 'اللغة الإنجليزية -- معاجم -- عربي'], dewey: '020.3' },
  { key: 'chan-2007', work: 'chan', language: 'eng', title: 'Cataloging and classification', subtitle: 'an introduction', authors: ['chan'], edition: 3, publisher: 'scarecrow', year: 2007, pages: 556, cm: 24, subjects: ['Cataloging', 'Classification -- Books'], dewey: '025.3' },
  { key: 'taylor-2006', work: 'taylor', language: 'eng', title: 'Introduction to cataloging and classification', authors: ['taylor'], edition: 10, publisher: 'libUnlimited', year: 2006, pages: 582, cm: 26, series: 'Library and information science text series', subjects: ['Cataloging', 'Classification -- Books'], dewey: '025.3' },
  { key: 'ddc22-2003', work: 'ddc', language: 'eng', title: 'Dewey decimal classification and relative index', authors: ['dewey'], edition: 22, publisher: 'oclc', year: 2003, pages: 4000, volumesInSet: 4, cm: 26, subjects: ['Classification, Dewey decimal'], dewey: '025.431' },
  { key: 'aacr2-2002', work: 'aacr2', language: 'eng', title: 'Anglo-American cataloguing rules', edition: 2, publisher: 'ala', year: 2002, pages: 760, cm: 28, subjects: ['Descriptive cataloging -- Rules'], dewey: '025.32' },
  // ——— English and French books about Oman and the Gulf ———
  { key: 'peterson-1978', work: 'peterson', language: 'eng', title: 'Oman in the twentieth century', subtitle: 'political foundations of an emerging state', authors: ['peterson'], publisher: 'croomHelm', year: 1978, pages: 286, cm: 23, subjects: ['Oman -- Politics and government'], dewey: '320.95353' },
  { key: 'allen-1987', work: 'allen', language: 'eng', title: 'Oman', subtitle: 'the modernization of the sultanate', authors: ['allen'], publisher: 'westview', year: 1987, pages: 154, cm: 23, series: 'Profiles. Nations of the contemporary Middle East', subjects: ['Oman'], dewey: '953.53' },
  { key: 'owtram-2004', work: 'owtram', language: 'eng', title: 'A modern history of Oman', subtitle: 'formation of the state since 1920', authors: ['owtram'], publisher: 'tauris', year: 2004, pages: 240, cm: 24, series: 'Library of modern Middle East studies', subjects: ['Oman -- History -- 20th century'], dewey: '953.53' },
  { key: 'wilkinson-1987', work: 'wilkinson', language: 'eng', title: 'The imamate tradition of Oman', authors: ['wilkinson'], publisher: 'cup', year: 1987, pages: 428, cm: 24, series: 'Cambridge Middle East library', subjects: ['Ibadites -- Oman -- History', 'Oman -- Politics and government'], dewey: '953.53' },
  { key: 'jones-2015', work: 'jones', language: 'eng', title: 'A history of modern Oman', authors: ['jones', 'ridout'], publisher: 'cup', year: 2015, pages: 308, cm: 23, subjects: ['Oman -- History -- 20th century'], dewey: '953.53' },
  { key: 'sands-1959', work: 'sands', language: 'eng', title: 'Arabian sands', authors: ['thesiger'], publisher: 'longmans', year: 1959, pages: 326, cm: 23, isbn: false, subjects: ['Rub al Khali -- Description and travel'], dewey: '915.3' },
  { key: 'sands-1984', work: 'sands', language: 'eng', title: 'Arabian sands', authors: ['thesiger'], publisher: 'penguin', year: 1984, pages: 347, cm: 20, series: 'Penguin travel library', subjects: ['Rub al Khali -- Description and travel'], dewey: '915.3' },
  { key: 'felix-1932', work: 'felix', language: 'eng', title: 'Arabia felix', subtitle: 'across the empty quarter of Arabia', authors: ['thomas'], publisher: 'cape', year: 1932, pages: 397, cm: 24, isbn: false, subjects: ['Rub al Khali -- Description and travel'], dewey: '915.3' },
  { key: 'valeri-2009', work: 'valeri', language: 'eng', title: 'Oman', subtitle: 'politics and society in the Qaboos state', authors: ['valeri'], publisher: 'hurst', year: 2009, pages: 304, cm: 23, subjects: ['Oman -- Politics and government -- 1970-'], dewey: '953.53' },
  { key: 'valeri-fr-2007', work: 'valeri-fr', language: 'fre', title: 'Le sultanat d\'Oman', subtitle: 'une révolution en trompe-l\'œil', authors: ['valeri'], publisher: 'karthala', year: 2007, pages: 486, cm: 24, series: 'Recherches internationales', subjects: ['Oman -- Politique et gouvernement'], dewey: '953.53' },
  { key: 'chatty-1996', work: 'chatty', language: 'eng', title: 'Mobile pastoralists', subtitle: 'development planning and social change in Oman', authors: ['chatty'], publisher: 'columbia', year: 1996, pages: 226, cm: 24, subjects: ['Harasis (Arab tribe)', 'Oman -- Social conditions'], dewey: '305.892' },
  { key: 'zahlan-1989', work: 'zahlan', language: 'eng', title: 'The making of the modern Gulf states', subtitle: 'Kuwait, Bahrain, Qatar, the United Arab Emirates and Oman', authors: ['zahlan'], publisher: 'unwin', year: 1989, pages: 180, cm: 23, subjects: ['Persian Gulf States -- History'], dewey: '953.6' },
  { key: 'morris-1957', work: 'morris', language: 'eng', title: 'Sultan in Oman', authors: ['morris'], publisher: 'faber', year: 1957, pages: 166, cm: 21, isbn: false, subjects: ['Oman -- Description and travel'], dewey: '915.353' },
  { key: 'hawley-1977', work: 'hawley', language: 'eng', title: 'Oman & its renaissance', authors: ['hawley'], publisher: 'stacey', year: 1977, pages: 264, cm: 29, subjects: ['Oman'], dewey: '953.53' },
  { key: 'ward-1987', work: 'ward', language: 'eng', title: 'Travels in Oman', subtitle: 'on the track of the early explorers', authors: ['ward'], publisher: 'oleander', year: 1987, pages: 578, cm: 24, subjects: ['Oman -- Description and travel'], dewey: '915.353' },
  { key: 'agius-2005', work: 'agius', language: 'eng', title: 'Seafaring in the Arabian Gulf and Oman', subtitle: 'the people of the dhow', authors: ['agius'], publisher: 'keganPaul', year: 2005, pages: 238, cm: 24, subjects: ['Dhows -- Persian Gulf', 'Seafaring life -- Oman'], dewey: '387.2' },
  { key: 'kechichian-1995', work: 'kechichian', language: 'eng', title: 'Oman and the world', subtitle: 'the emergence of an independent foreign policy', authors: ['kechichian'], publisher: 'rand', year: 1995, pages: 380, cm: 23, subjects: ['Oman -- Foreign relations'], dewey: '327.5353' },
  { key: 'commins-2012', work: 'commins', language: 'eng', title: 'The Gulf states', subtitle: 'a modern history', authors: ['commins'], publisher: 'tauris', year: 2012, pages: 352, cm: 24, subjects: ['Persian Gulf States -- History'], dewey: '953.6' },
  { key: 'wehr-1979', work: 'wehr', language: 'eng', title: 'A dictionary of modern written Arabic', subtitle: 'Arabic-English', authors: ['wehr'], contributors: [['cowan', 'editor']], edition: 4, publisher: 'harrassowitz', year: 1979, pages: 1301, cm: 25, subjects: ['Arabic language -- Dictionaries -- English'], dewey: '492.7321' },
  { key: 'croisades-1983', work: 'croisades', language: 'fre', title: 'Les croisades vues par les Arabes', authors: ['maalouf'], publisher: 'lattes', year: 1983, pages: 304, cm: 23, subjects: ['Croisades'], dewey: '956.014' },
  { key: 'livre-jours-1947', work: 'ayyam', language: 'fre', translatedFrom: 'ara', title: 'Le livre des jours', authors: ['husseinLatin'], contributors: [['lecerf', 'translator'], ['wiet', 'translator']], publisher: 'gallimard', year: 1947, pages: 260, cm: 19, isbn: false, subjects: ['Husayn, Taha, 1889-1973'], dewey: '892.78' },
];
