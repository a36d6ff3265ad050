import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the decode stage (bytes -> Unicode, indicators, subfields). */
export const decodeDiagnostics = {
  'marc8.unsupported-charset': {
    severity: 'warning',
    en: {
      message: 'Field {tag} uses the MARC-8 character set {charset}, which Fihris cannot read; that text is shown as \uFFFD.',
      advice: 'Export the file from your library system in UTF-8 (Unicode) instead of MARC-8; then every script comes through.',
    },
    ar: {
      message: 'يستعمل الحقل {tag} مجموعة محارف MARC-8 ‏{charset} التي لا يقرؤها فهرس؛ ظهر ذلك النص بالرمز \uFFFD.',
      advice: 'صدّر الملف من نظام مكتبتك بترميز UTF-8 (يونيكود) بدلاً من MARC-8، فتظهر كل الكتابات سليمة.',
    },
  },
  'marc8.broken-escape': {
    severity: 'warning',
    en: {
      message: 'Field {tag} has a broken MARC-8 escape sequence (a character-set switch cut short); it was skipped and the text after it read with the sets already in force.',
      advice: 'Check the letters of field {tag} in this record in your library system and correct any that look wrong, then export again.',
    },
    ar: {
      message: 'في الحقل {tag} تسلسل هروب MARC-8 تالف (تبديل مجموعة محارف ناقص)؛ تُجوهل وقُرئ ما بعده بالمجموعات السارية.',
      advice: 'راجع حروف الحقل {tag} في هذه التسجيلة في نظام مكتبتك وصحّح ما يبدو خاطئاً منها، ثم أعد التصدير.',
    },
  },
  'marc8.unmapped-byte': {
    severity: 'warning',
    en: {
      message: 'Field {tag} has the byte {byte}, which means nothing in the MARC-8 set {charset}; it is shown as \uFFFD.',
      advice: 'The record may not really be MARC-8: check the encoding your library system exports in, and set `encoding` in library.yml if it is always the same.',
    },
    ar: {
      message: 'في الحقل {tag} البايت {byte} الذي لا معنى له في مجموعة MARC-8 ‏{charset}؛ ظهر بالرمز \uFFFD.',
      advice: 'قد لا تكون التسجيلة بترميز MARC-8 فعلاً: تحقق من الترميز الذي يصدّر به نظام مكتبتك، واضبط `encoding` في library.yml إن كان ثابتاً.',
    },
  },
  'decode.invalid-utf8': {
    severity: 'warning',
    en: {
      message: 'Field {tag} is not valid UTF-8 (first bad byte {byte}); the bad bytes are shown as \uFFFD.',
      advice: 'Find this record in your library system and retype the damaged letters of field {tag}, then export again in UTF-8.',
    },
    ar: {
      message: 'الحقل {tag} ليس UTF-8 سليماً (أول بايت خاطئ {byte})؛ ظهرت البايتات الخاطئة بالرمز \uFFFD.',
      advice: 'ابحث عن هذه التسجيلة في نظام مكتبتك وأعد كتابة الحروف التالفة في الحقل {tag}، ثم أعد التصدير بترميز UTF-8.',
    },
  },
  'decode.bad-indicator': {
    severity: 'warning',
    en: {
      message: 'Indicator {position} of field {tag} is "{value}", which is not a digit, a lowercase letter or a blank; it was replaced by a blank.',
      advice: 'Correct the indicators of field {tag} in this record in your library system.',
    },
    ar: {
      message: 'المؤشر {position} للحقل {tag} هو "{value}"، وليس رقماً ولا حرفاً صغيراً ولا فراغاً؛ استُبدل به فراغ.',
      advice: 'صحّح مؤشرات الحقل {tag} في هذه التسجيلة في نظام مكتبتك.',
    },
  },
  'decode.missing-subfield-delimiter': {
    severity: 'warning',
    en: {
      message: 'Field {tag} has text before its first subfield code; it was kept as subfield $a.',
      advice: 'Open field {tag} of this record in your library system and put that text in the right subfield.',
    },
    ar: {
      message: 'في الحقل {tag} نص قبل أول رمز حقل فرعي؛ حُفظ في الحقل الفرعي $a.',
      advice: 'افتح الحقل {tag} من هذه التسجيلة في نظام مكتبتك وضع ذلك النص في حقله الفرعي الصحيح.',
    },
  },
  'decode.bad-subfield-code': {
    severity: 'warning',
    en: {
      message: 'Field {tag} has a subfield whose code is the byte {byte}, not a letter or digit; its text was kept under code "?".',
      advice: 'Open field {tag} of this record in your library system and give that subfield its right code.',
    },
    ar: {
      message: 'في الحقل {tag} حقل فرعي رمزه البايت {byte} وليس حرفاً ولا رقماً؛ حُفظ نصه تحت الرمز "?".',
      advice: 'افتح الحقل {tag} من هذه التسجيلة في نظام مكتبتك وأعطِ ذلك الحقل الفرعي رمزه الصحيح.',
    },
  },
  'decode.encoding-differs-from-leader': {
    severity: 'info',
    en: {
      message: 'The leader (position 9 = "{leader}") says {leaderEncoding}, but the bytes are {encoding} ({reason}); they were read as {encoding}.',
      advice: 'Nothing to do for this catalogue. If your library system exports the same way every time, set `encoding: {encoding}` in library.yml to make it explicit.',
    },
    ar: {
      message: 'يذكر رأس التسجيلة (الموضع 9 = "{leader}") ترميز {leaderEncoding}، لكن البايتات {encoding} ({reason})؛ فقُرئت على أنها {encoding}.',
      advice: 'لا شيء مطلوب لهذا الفهرس. إن كان نظام مكتبتك يصدّر دائماً بالطريقة نفسها فاضبط `encoding: {encoding}` في library.yml ليكون ذلك صريحاً.',
    },
  },
  'decode.no-usable-field': {
    severity: 'error',
    en: {
      message: 'No data field of this record has readable text (after decoding as {encoding}).',
      advice: 'Open this record in your library system: if it is empty or damaged, fix or delete it, then export again.',
    },
    ar: {
      message: 'لا يحوي أي حقل بيانات في هذه التسجيلة نصاً مقروءاً (بعد فك ترميزه على أنه {encoding}).',
      advice: 'افتح هذه التسجيلة في نظام مكتبتك: إن كانت فارغة أو تالفة فأصلحها أو احذفها، ثم أعد التصدير.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
