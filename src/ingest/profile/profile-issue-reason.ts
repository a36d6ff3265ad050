import type { z } from 'zod';

/**
 * Why a library.yml value was refused, in Arabic and English. zod words its reasons in
 * English only; a librarian reading the Arabic report should not meet an English sentence.
 */
export function profileIssueReason(issue: z.core.$ZodIssue): { en: string; ar: string } {
  return { en: issue.message, ar: arabicReason(issue) };
}

function arabicReason(issue: z.core.$ZodIssue): string {
  const custom = customReasons[issue.message];
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'الحقل مطلوب ولم يُذكر' : `نوع القيمة غير صحيح: المتوقع ${arabicType(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'النص أقصر من المسموح (لا يجوز تركه فارغًا)' : `القيمة أصغر من المسموح (${issue.minimum})`;
    case 'too_big':
      return `القيمة أكبر من المسموح (${issue.maximum})`;
    case 'invalid_format':
      return issue.format === 'email' ? 'ليس عنوان بريد إلكتروني صحيحًا'
        : issue.format === 'url' ? 'ليس رابطًا صحيحًا يبدأ بـ http:// أو https://'
        : 'الصيغة غير صحيحة';
    case 'invalid_value':
      return `قيمة غير مقبولة؛ المقبول: ${issue.values.map(String).join('، ')}`;
    case 'unrecognized_keys':
      return `حقول غير معروفة: ${issue.keys.join('، ')}`;
    default:
      return 'القيمة غير صحيحة';
  }
}

const typeNames: Record<string, string> = { string: 'نص', number: 'رقم', object: 'مجموعة حقول', array: 'قائمة', boolean: 'نعم/لا' };

function arabicType(expected: string): string {
  return typeNames[expected] ?? expected;
}

/** Arabic for the reasons the profile schema words itself (refinements and regex messages). */
const customReasons: Record<string, string> = {
  'give an email or a formUrl': 'اذكر بريدًا إلكترونيًا (email) أو رابط نموذج (formUrl)',
  'lowercase letters, digits and hyphens, e.g. squ-main': 'حروف لاتينية صغيرة وأرقام وشرطات، مثل squ-main',
  'an http(s) URL containing {controlNumber}': 'رابط يبدأ بـ http أو https ويحتوي على {controlNumber}',
  'one or more subfield codes, e.g. "hi"': 'رمز حقل فرعي أو أكثر، مثل "hi"',
  'a three-character tag such as 999': 'رقم حقل من ثلاثة أحرف مثل 999',
  'one subfield code, e.g. "t"': 'رمز حقل فرعي واحد، مثل "t"',
};
