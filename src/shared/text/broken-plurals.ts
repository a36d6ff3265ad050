import { normalizeArabic } from './normalize.ts';
import { lightStem } from './stem.ts';

/**
 * Broken plurals frequent in catalogue titles and subjects, as [plural, singular]. The stemmer
 * cannot reach them (كتب is not كتاب minus an affix). Sound plurals (مخطوطات دراسات مكتبات رحلات
 * مسلمين) are NOT listed: the stemmer already gives them the singular's stem (مكتبات, مكتبة → مكتب).
 * Written in ordinary spelling; normalised once at load.
 */
export const brokenPlurals: ReadonlyArray<readonly [string, string]> = [
  ['كتب', 'كتاب'],
  ['علماء', 'عالم'],
  ['رسائل', 'رسالة'],
  ['أحاديث', 'حديث'],
  ['فتاوى', 'فتوى'],
  ['قصص', 'قصة'],
  ['أشعار', 'شعر'],
  ['تواريخ', 'تاريخ'],
  ['آداب', 'أدب'],
  ['علوم', 'علم'],
  ['أعلام', 'علم'],
  ['فنون', 'فن'],
  ['دول', 'دولة'],
  ['مدن', 'مدينة'],
  ['رجال', 'رجل'],
  ['شعراء', 'شاعر'],
  ['أدباء', 'أديب'],
  ['فقهاء', 'فقيه'],
  ['أمراء', 'أمير'],
  ['ملوك', 'ملك'],
  ['سلاطين', 'سلطان'],
  ['أئمة', 'إمام'],
  ['خلفاء', 'خليفة'],
  ['قبائل', 'قبيلة'],
  ['بلاد', 'بلد'],
  ['أخبار', 'خبر'],
  ['آثار', 'أثر'],
  ['أنساب', 'نسب'],
  ['أصول', 'أصل'],
  ['أحكام', 'حكم'],
  ['قواعد', 'قاعدة'],
  ['مسائل', 'مسألة'],
  ['فوائد', 'فائدة'],
  ['معاجم', 'معجم'],
  ['قواميس', 'قاموس'],
  ['مصادر', 'مصدر'],
  ['مراجع', 'مرجع'],
  ['بحوث', 'بحث'],
  ['أبحاث', 'بحث'],
  ['شروح', 'شرح'],
  ['حواشي', 'حاشية'],
  ['تفاسير', 'تفسير'],
  ['أمثال', 'مثل'],
  ['أساطير', 'أسطورة'],
  ['أطفال', 'طفل'],
  ['أعمال', 'عمل'],
  ['مجالس', 'مجلس'],
  ['مساجد', 'مسجد'],
  ['مدارس', 'مدرسة'],
  ['دواوين', 'ديوان'],
  ['صحف', 'صحيفة'],
  ['قصائد', 'قصيدة'],
  ['خطب', 'خطبة'],
  ['أسماء', 'اسم'],
  ['ألفاظ', 'لفظ'],
  ['وثائق', 'وثيقة'],
  ['أوراق', 'ورقة'],
];

/**
 * Light stem → the other number's terms (normalised word and its stem). Both directions, so a
 * query for either number finds a record carrying the other: a record saying كتب is indexed with
 * كتاب, and one saying كتاب with كتب (the reader typing كتب prefix-matches the latter directly).
 */
const OTHER_NUMBER = new Map<string, string[]>();

function link(from: string, to: string): void {
  const terms = OTHER_NUMBER.get(lightStem(from)) ?? [];
  for (const term of [to, lightStem(to)]) if (!terms.includes(term)) terms.push(term);
  OTHER_NUMBER.set(lightStem(from), terms);
}

for (const [plural, singular] of brokenPlurals) {
  link(normalizeArabic(plural), normalizeArabic(singular));
  link(normalizeArabic(singular), normalizeArabic(plural));
}

/**
 * The terms of the other grammatical number for a word's light stem, or undefined.
 *
 * @example
 * otherNumberTerms('كتب')  // → ['كتاب']
 * otherNumberTerms('علما') // → ['عالم']   (علماء normalised)
 * otherNumberTerms('علم')  // → ['علوم', 'اعلام']
 */
export function otherNumberTerms(stem: string): readonly string[] | undefined {
  return OTHER_NUMBER.get(stem);
}
