import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the ISO 2709 (binary MARC, .mrc) reader. */
export const parseIso2709Diagnostics = {
  'iso2709.leader-length-mismatch': {
    severity: 'warning',
    en: {
      message: 'The leader says the record is {declared} bytes long, but it is {actual} bytes up to its record terminator; the record was read by its terminator.',
      advice: 'No data was lost. If this happens in every record, tell your library system supplier that its MARC export writes wrong record lengths.',
    },
    ar: {
      message: 'يذكر رأس التسجيلة أن طولها {declared} بايت، لكنها {actual} بايت حتى فاصل نهايتها؛ قُرئت التسجيلة حتى الفاصل.',
      advice: 'لم تُفقد أي بيانات. إن تكرر هذا في كل التسجيلات فأبلغ مورّد نظام مكتبتك أن تصدير مارك يكتب أطوالاً خاطئة.',
    },
  },
  'iso2709.leader-damaged': {
    severity: 'warning',
    en: {
      message: 'The leader is damaged ({reason}); the fields were read from the directory and the field terminators.',
      advice: 'Check this record in your library system (open and save it again), then export the file again in binary MARC.',
    },
    ar: {
      message: 'رأس التسجيلة تالف ({reasonAr})؛ قُرئت الحقول من الدليل ومن فواصل الحقول.',
      advice: 'راجع هذه التسجيلة في نظام مكتبتك (افتحها واحفظها من جديد)، ثم أعد تصدير الملف بصيغة مارك الثنائية.',
    },
  },
  'iso2709.base-address-wrong': {
    severity: 'warning',
    en: {
      message: 'The leader gives the data a start of byte {declared}, but the directory ends at byte {actual}; the directory end was used.',
      advice: 'No data was lost. If every record has this, tell your library system supplier that its MARC export writes a wrong base address.',
    },
    ar: {
      message: 'يذكر رأس التسجيلة أن البيانات تبدأ عند البايت {declared}، لكن الدليل ينتهي عند البايت {actual}؛ اعتُمدت نهاية الدليل.',
      advice: 'لم تُفقد أي بيانات. إن تكرر هذا في كل التسجيلات فأبلغ مورّد نظام مكتبتك أن تصدير مارك يكتب عنوان بداية خاطئاً.',
    },
  },
  'iso2709.directory-end-damaged': {
    severity: 'warning',
    en: {
      message: 'The directory does not end with a field terminator where the leader says it ends; the leader\'s start of data was used and every field checks out.',
      advice: 'No data was lost. If many records have this, export the file again from your library system in binary mode (not text / FTP ASCII).',
    },
    ar: {
      message: 'لا ينتهي الدليل بفاصل حقل حيث يذكر رأس التسجيلة؛ اعتُمد موضع بداية البيانات الوارد في الرأس وصحّت كل الحقول.',
      advice: 'لم تُفقد أي بيانات. إن تكرر هذا في تسجيلات كثيرة فأعد تصدير الملف من نظام مكتبتك بالوضع الثنائي (لا النصي ولا FTP ASCII).',
    },
  },
  'iso2709.directory-broken': {
    severity: 'warning',
    en: {
      message: 'The directory entry for field {tag} is broken ({reason}); the fields were recovered from their terminators instead. Check that each field has its right tag.',
      advice: 'Open this record in your library system, check field {tag} (a field over 9999 bytes, such as a very long note, breaks the directory: shorten or split it), save it and export again in binary mode (not text / FTP ASCII).',
    },
    ar: {
      message: 'مدخل الدليل للحقل {tag} تالف ({reasonAr})؛ استُرجعت الحقول من فواصلها بدلاً منه. تحقق من أن كل حقل يحمل وسمه الصحيح.',
      advice: 'افتح هذه التسجيلة في نظام مكتبتك وراجع الحقل {tag} (الحقل الذي يتجاوز 9999 بايت، كتبصرة طويلة جداً، يُتلف الدليل: اختصره أو قسّمه)، ثم احفظها وأعد التصدير بالوضع الثنائي (لا النصي ولا FTP ASCII).',
    },
  },
  'iso2709.field-without-tag': {
    severity: 'warning',
    en: {
      message: 'A field of {length} bytes has no entry in the directory, so its tag is unknown; it was left out.',
      advice: 'Open this record in your library system, check that no field is missing, save it and export the file again.',
    },
    ar: {
      message: 'حقل طوله {length} بايت ليس له مدخل في الدليل، فوسمه مجهول؛ لذا لم يُدرج.',
      advice: 'افتح هذه التسجيلة في نظام مكتبتك وتأكد من أنه لا ينقصها حقل، ثم احفظها وأعد تصدير الملف.',
    },
  },
  'iso2709.field-missing': {
    severity: 'warning',
    en: {
      message: 'The directory lists field {tag}, but no data was found for it.',
      advice: 'Open this record in your library system, check field {tag}, save it and export the file again.',
    },
    ar: {
      message: 'يذكر الدليل الحقل {tag}، لكن لم توجد له بيانات.',
      advice: 'افتح هذه التسجيلة في نظام مكتبتك وراجع الحقل {tag}، ثم احفظها وأعد تصدير الملف.',
    },
  },
  'iso2709.garbage-skipped': {
    severity: 'warning',
    en: {
      message: '{length} bytes that are not MARC data were found before this record and skipped.',
      advice: 'Export the file again from your library system in binary mode (not text / FTP ASCII), and do not edit or join .mrc files in a text editor.',
    },
    ar: {
      message: 'وُجد قبل هذه التسجيلة {length} بايت ليست من بيانات مارك، فتُخطّيت.',
      advice: 'أعد تصدير الملف من نظام مكتبتك بالوضع الثنائي (لا النصي ولا FTP ASCII)، ولا تحرّر ملفات ‎.mrc أو تدمجها بمحرّر نصوص.',
    },
  },
  'iso2709.record-terminator-missing': {
    severity: 'warning',
    en: {
      message: 'The file ends without the last record\'s terminator; all its fields are complete, so it was kept.',
      advice: 'Check that the file was copied completely; if the record looks incomplete in the catalogue, export the file again.',
    },
    ar: {
      message: 'ينتهي الملف دون فاصل نهاية التسجيلة الأخيرة؛ حقولها كلها كاملة فاحتُفظ بها.',
      advice: 'تأكد من أن الملف نُسخ كاملاً؛ وإن بدت التسجيلة ناقصة في الفهرس فأعد تصدير الملف.',
    },
  },
  'iso2709.truncated-record': {
    severity: 'error',
    en: {
      message: 'The file ends in the middle of this record ({length} bytes read, no record terminator); the record was rejected.',
      advice: 'The file was cut short (interrupted copy or upload, or a size limit). Export it again from your library system in binary mode and copy it completely.',
    },
    ar: {
      message: 'ينتهي الملف في وسط هذه التسجيلة (قُرئ {length} بايت دون فاصل نهاية)؛ فرُفضت التسجيلة.',
      advice: 'الملف مبتور (نسخ أو رفع منقطع، أو حدّ للحجم). أعد تصديره من نظام مكتبتك بالوضع الثنائي وانسخه كاملاً.',
    },
  },
  'iso2709.record-unreadable': {
    severity: 'error',
    en: {
      message: 'No MARC field could be read from these {length} bytes ({reason}); the record was rejected.',
      advice: 'Check that the file is a binary MARC (ISO 2709) export; if it is, find this record in your library system, save it again and export again in binary mode (not text / FTP ASCII).',
    },
    ar: {
      message: 'تعذّرت قراءة أي حقل مارك من هذه البايتات ({length} بايت) ({reasonAr})؛ فرُفضت التسجيلة.',
      advice: 'تأكد من أن الملف تصدير مارك ثنائي (ISO 2709)؛ وإن كان كذلك فابحث عن هذه التسجيلة في نظام مكتبتك واحفظها من جديد ثم أعد التصدير بالوضع الثنائي (لا النصي ولا FTP ASCII).',
    },
  },
  'iso2709.record-too-large': {
    severity: 'error',
    en: {
      message: 'This record runs over {limit} bytes without a record terminator; it was rejected and the reader went on at the next terminator.',
      advice: 'Check that the file is a binary MARC (ISO 2709) export and not another format renamed to .mrc; export it again from your library system.',
    },
    ar: {
      message: 'تتجاوز هذه التسجيلة {limit} بايت دون فاصل نهاية؛ فرُفضت وتابع القارئ من الفاصل التالي.',
      advice: 'تأكد من أن الملف تصدير مارك ثنائي (ISO 2709) وليس صيغة أخرى أُعيدت تسميتها ‎.mrc؛ ثم أعد تصديره من نظام مكتبتك.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;

/**
 * Why a leader, directory entry or record could not be used: filled into {reason} (English)
 * and {reasonAr} (Arabic) of the messages above.
 */
export const iso2709Reasons = {
  'length-not-numeric': { en: 'its length is not a number', ar: 'طوله ليس رقماً' },
  'start-not-numeric': { en: 'its start position is not a number', ar: 'موضع بدايته ليس رقماً' },
  'out-of-range': { en: 'it points beyond the end of the record', ar: 'يشير إلى ما بعد نهاية التسجيلة' },
  'no-terminator': { en: 'the field does not end where the directory says', ar: 'الحقل لا ينتهي حيث يذكر الدليل' },
  'unlisted-data': { en: 'the data holds a field the directory does not list', ar: 'في البيانات حقل لا يذكره الدليل' },
  'bad-tag': { en: 'its tag is not three printable characters', ar: 'وسمه ليس ثلاثة محارف قابلة للطباعة' },
  'directory-length': { en: 'the directory is not made of 12-byte entries', ar: 'الدليل ليس مؤلفاً من مدخلات طول كل منها 12 بايتاً' },
  'record-length-not-numeric': { en: 'the record length is not a number', ar: 'طول التسجيلة ليس رقماً' },
  'base-not-numeric': { en: 'the start of the data is not a number', ar: 'موضع بداية البيانات ليس رقماً' },
  'shorter-than-leader': { en: 'shorter than a 24-byte leader', ar: 'أقصر من رأس تسجيلة طوله 24 بايتاً' },
  'no-directory-end': { en: 'no field terminator after the leader', ar: 'لا فاصل حقل بعد رأس التسجيلة' },
  'no-fields': { en: 'no field found', ar: 'لم يوجد أي حقل' },
} as const;

export type Iso2709Reason = keyof typeof iso2709Reasons;
