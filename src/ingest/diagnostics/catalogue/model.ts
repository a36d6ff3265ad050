import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the model stage (src/ingest/model): a MARC record read into the catalogue model. */
export const modelDiagnostics = {
  'model.invalid-isbn': {
    severity: 'warning',
    en: {
      message: 'ISBN {isbn} fails its check digit; it is shown but not used to match this record with other libraries\' copies.',
      advice: 'Check the ISBN against the book\'s copyright page and correct 020 $a; an ISBN that is wrong on the book itself belongs in 020 $z.',
    },
    ar: {
      message: 'الرقم الدولي المعياري {isbn} لا يطابق رقم التحقق؛ يُعرض لكنه لا يُستخدم لمطابقة التسجيلة بنسخ المكتبات الأخرى.',
      advice: 'قارن الرقم بما في صفحة حقوق الطبع في الكتاب وصحّح 020 $a؛ وإن كان الرقم خاطئًا في الكتاب نفسه فمكانه 020 $z.',
    },
  },
  'model.malformed-isbn': {
    severity: 'warning',
    en: {
      message: '020 $a "{isbn}" is not an ISBN: an ISBN has 10 or 13 digits.',
      advice: 'Correct 020 $a from the book; put qualifiers such as (pbk.) in 020 $q, and a price in 020 $c.',
    },
    ar: {
      message: 'القيمة "{isbn}" في 020 $a ليست رقمًا دوليًا معياريًا للكتاب: الرقم من 10 أو 13 خانة.',
      advice: 'صحّح 020 $a من الكتاب؛ وضع الإيضاحات مثل (غلاف ورقي) في 020 $q والسعر في 020 $c.',
    },
  },
  'model.invalid-issn': {
    severity: 'warning',
    en: {
      message: 'ISSN {issn} fails its check digit and was left out.',
      advice: 'Check the ISSN on the issue or at portal.issn.org and correct 022 $a; an ISSN that is wrong on the issue itself belongs in 022 $y.',
    },
    ar: {
      message: 'الرقم الدولي المعياري للدوريات {issn} لا يطابق رقم التحقق، فلم يُعتمد.',
      advice: 'تحقق من الرقم على العدد أو في portal.issn.org وصحّح 022 $a؛ وإن كان خاطئًا على العدد نفسه فمكانه 022 $y.',
    },
  },
  'model.unsafe-link': {
    severity: 'warning',
    en: {
      message: 'Link "{url}" is not an http or https address and was left out of the catalogue.',
      advice: 'Correct 856 $u to the full web address (starting with https://) or delete the field.',
    },
    ar: {
      message: 'الرابط "{url}" ليس عنوان http أو https فلم يُدرج في الفهرس.',
      advice: 'صحّح 856 $u إلى عنوان الويب الكامل (يبدأ بـ https://) أو احذف الحقل.',
    },
  },
  'model.no-holdings': {
    severity: 'info',
    en: {
      message: 'The record has no holdings or item field; it is listed as one copy at {library}.',
      advice: 'Include item data (952, 852 or the field set in library.yml under holdings) in the export so readers see the branch and call number.',
    },
    ar: {
      message: 'لا يحوي التسجيل حقل مقتنيات أو نسخ؛ فأُدرج نسخةً واحدة لدى {library}.',
      advice: 'أدرج بيانات النسخ (952 أو 852 أو الحقل المحدد في library.yml تحت holdings) في التصدير ليرى القراء الفرع ورقم الطلب.',
    },
  },
  'model.missing-title': {
    severity: 'warning',
    en: {
      message: 'The record has no title field (245); a variant title is shown instead, if any.',
      advice: 'Add the title proper in 245 $a in your library system and export the record again.',
    },
    ar: {
      message: 'لا يحوي التسجيل حقل العنوان (245)؛ يُعرض عنوان بديل إن وُجد.',
      advice: 'أضف العنوان الأساسي في 245 $a في نظام مكتبتك ثم صدّر التسجيلة من جديد.',
    },
  },
  'model.unparsed-date': {
    severity: 'info',
    en: {
      message: 'No year could be read from the publication date "{date}"; the record cannot be sorted or filtered by year.',
      advice: 'Write the year in digits in 260/264 $c (e.g. 1420هـ/1999م), or code it in 008/07-10.',
    },
    ar: {
      message: 'تعذّرت قراءة سنة من تاريخ النشر "{date}"؛ فلا يمكن ترتيب التسجيلة أو تصفيتها بالسنة.',
      advice: 'اكتب السنة بالأرقام في 260/264 $c (مثل 1420هـ/1999م)، أو رمّزها في 008/07-10.',
    },
  },
  'model.invalid-language': {
    severity: 'info',
    en: {
      message: 'Language code "{code}" is not a three-letter MARC language code and was left out.',
      advice: 'Use a code from the MARC Code List for Languages (e.g. ara, eng, fre) in 008/35-37 and 041 $a.',
    },
    ar: {
      message: 'رمز اللغة "{code}" ليس رمزًا ثلاثيًا من رموز اللغات في مارك، فلم يُعتمد.',
      advice: 'استخدم رمزًا من قائمة رموز اللغات في مارك (مثل ara وeng وfre) في 008/35-37 و041 $a.',
    },
  },
  'model.orphan-880': {
    severity: 'info',
    en: {
      message: '880 field linked as "{linkage}" has no partner field pointing back to it; it is used on its own.',
      advice: 'Check the $6 linkage in your library system: the regular field should carry $6 880-NN with the same number, or the 880 should say 00 when it stands alone.',
    },
    ar: {
      message: 'الحقل 880 المربوط بـ "{linkage}" لا يقابله حقل يشير إليه؛ فاستُخدم منفردًا.',
      advice: 'تحقق من الربط في $6 في نظام مكتبتك: يجب أن يحمل الحقل المقابل $6 880-NN بالرقم نفسه، أو أن يحمل الحقل 880 الرقم 00 إن كان منفردًا.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
