import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the text-format readers: MARCXML, MARC-in-JSON and MRK (MarcEdit). */
export const parseTextDiagnostics = {
  'text.xml-malformed': {
    severity: 'error',
    en: {
      message: 'This MARCXML record is not well-formed XML: {detail}.',
      advice: 'Export the record again from your library system; if it keeps happening, send the rejection report to the vendor.',
    },
    ar: {
      message: 'هذه التسجيلة بصيغة MARCXML ليست XML سليمًا: {detail}.',
      advice: 'صدّر التسجيلة من نظام مكتبتك مرة أخرى؛ وإن تكرر الخطأ فأرسل تقرير الرفض إلى مورّد النظام.',
    },
  },
  'text.xml-record-unclosed': {
    severity: 'error',
    en: {
      message: 'A MARCXML record starts here but is never closed with </record>.',
      advice: 'The file was probably cut short: copy or export it again in full.',
    },
    ar: {
      message: 'تبدأ هنا تسجيلة MARCXML لكنها لا تُغلق بالوسم ‎</record>‎.',
      advice: 'يبدو أن الملف مبتور: انسخه أو صدّره مرة أخرى كاملًا.',
    },
  },
  'text.xml-unknown-element': {
    severity: 'warning',
    en: {
      message: 'Unknown element <{element}> inside a MARCXML record was ignored.',
      advice: 'Check the field in your library system; MARCXML records contain only leader, controlfield, datafield and subfield.',
    },
    ar: {
      message: 'أُهمل عنصر غير معروف ‎<{element}>‎ داخل تسجيلة MARCXML.',
      advice: 'راجع الحقل في نظام مكتبتك؛ لا تحوي تسجيلة MARCXML إلا leader وcontrolfield وdatafield وsubfield.',
    },
  },
  'text.json-malformed': {
    severity: 'error',
    en: {
      message: 'This MARC-in-JSON record is not valid JSON: {detail}.',
      advice: 'Export the record again from your library system; if it keeps happening, send the rejection report to the vendor.',
    },
    ar: {
      message: 'هذه التسجيلة بصيغة MARC-in-JSON ليست JSON صالحًا: {detail}.',
      advice: 'صدّر التسجيلة من نظام مكتبتك مرة أخرى؛ وإن تكرر الخطأ فأرسل تقرير الرفض إلى مورّد النظام.',
    },
  },
  'text.json-not-marc': {
    severity: 'error',
    en: {
      message: 'This JSON value is not a MARC-in-JSON record: {detail}',
      advice: 'Deposit MARC-in-JSON (an object with "leader" and "fields"), one record per object.',
    },
    ar: {
      message: 'هذه القيمة في JSON ليست تسجيلة MARC-in-JSON: {detail}',
      advice: 'أودِع الملف بصيغة MARC-in-JSON (كائن فيه "leader" و"fields")، تسجيلة واحدة في كل كائن.',
    },
  },
  'text.json-field-malformed': {
    severity: 'warning',
    en: {
      message: 'Field number {position} of this MARC-in-JSON record has an unexpected shape and was left out: {detail}',
      advice: 'Check the field in your library system and export the record again.',
    },
    ar: {
      message: 'الحقل رقم {position} في هذه التسجيلة بصيغة MARC-in-JSON له بنية غير متوقعة فأُسقط: {detail}',
      advice: 'راجع الحقل في نظام مكتبتك ثم صدّر التسجيلة من جديد.',
    },
  },
  'text.mrk-line-not-field': {
    severity: 'warning',
    en: {
      message: 'This line is not a MARC field (MRK lines look like "=245  10$aTitle"): "{text}"',
      advice: 'Correct or delete the line in the MRK file (MarcEdit), or export the records again.',
    },
    ar: {
      message: 'هذا السطر ليس حقل MARC (أسطر MRK تكون مثل "=245  10$aTitle"): "{text}"',
      advice: 'صحّح السطر أو احذفه في ملف MRK (MarcEdit)، أو صدّر التسجيلات من جديد.',
    },
  },
  'text.mrk-no-subfields': {
    severity: 'warning',
    en: {
      message: 'Field {tag} has no $ subfield delimiter and was left out: "{text}"',
      advice: 'Add the subfield codes ($a …) to the field in MarcEdit or in your library system.',
    },
    ar: {
      message: 'الحقل {tag} لا يحوي محدِّد حقل فرعي $ فأُسقط: "{text}"',
      advice: 'أضف رموز الحقول الفرعية ($a …) إلى الحقل في MarcEdit أو في نظام مكتبتك.',
    },
  },
  'text.mrk-unknown-mnemonic': {
    severity: 'warning',
    en: {
      message: 'Unknown MARCBreaker mnemonic {mnemonic} was kept as written.',
      advice: 'Replace it with the character itself, or with {U+XXXX}, in the MRK file.',
    },
    ar: {
      message: 'الرمز المختصر {mnemonic} غير معروف في MARCBreaker فأُبقي كما كُتب.',
      advice: 'ضع مكانه الحرف نفسه، أو الصيغة {U+XXXX}، في ملف MRK.',
    },
  },
  'text.no-fields': {
    severity: 'error',
    en: {
      message: 'This record has no leader and no usable field.',
      advice: 'Check the export from your library system: the record is empty or not MARC.',
    },
    ar: {
      message: 'هذه التسجيلة بلا فاتح (leader) وبلا أي حقل صالح.',
      advice: 'راجع ملف التصدير من نظام مكتبتك: التسجيلة فارغة أو ليست بصيغة MARC.',
    },
  },
  'text.leader-repaired': {
    severity: 'warning',
    en: {
      message: 'The leader "{leader}" is {length} characters long instead of 24; it was {action}.',
      advice: 'Correct the leader of this record in your library system.',
    },
    ar: {
      message: 'طول الفاتح (leader) "{leader}" هو {length} حرفًا بدل 24؛ وقد {action}.',
      advice: 'صحّح فاتح هذه التسجيلة في نظام مكتبتك.',
    },
  },
  'text.tag-invalid': {
    severity: 'warning',
    en: {
      message: 'A field with the tag "{value}" (a tag is 3 letters or digits) was left out.',
      advice: 'Correct the tag of this field in your library system.',
    },
    ar: {
      message: 'أُسقط حقل وسمه "{value}" (الوسم ثلاثة أحرف أو أرقام).',
      advice: 'صحّح وسم هذا الحقل في نظام مكتبتك.',
    },
  },
  'text.indicator-invalid': {
    severity: 'warning',
    en: {
      message: 'Indicator {which} of field {tag} is "{value}" instead of one character; it was read as blank.',
      advice: 'Set the indicator of this field in your library system.',
    },
    ar: {
      message: 'المؤشر {which} للحقل {tag} قيمته "{value}" بدل حرف واحد؛ فقُرئ فراغًا.',
      advice: 'اضبط مؤشر هذا الحقل في نظام مكتبتك.',
    },
  },
  'text.subfield-code-invalid': {
    severity: 'warning',
    en: {
      message: 'A subfield of field {tag} has the code "{value}" instead of one character; the subfield "{text}" was left out.',
      advice: 'Give this subfield its code in your library system.',
    },
    ar: {
      message: 'لحقل فرعي في الحقل {tag} الرمز "{value}" بدل حرف واحد؛ فأُسقط الحقل الفرعي "{text}".',
      advice: 'أعطِ هذا الحقل الفرعي رمزه في نظام مكتبتك.',
    },
  },
  'text.invalid-utf8': {
    severity: 'warning',
    en: {
      message: 'This record contains bytes that are not valid UTF-8; they were replaced with "\uFFFD".',
      advice: 'Export the file again as UTF-8 from your library system.',
    },
    ar: {
      message: 'تحوي هذه التسجيلة بايتات ليست UTF-8 صالحًا؛ فاستُبدل بها "\uFFFD".',
      advice: 'صدّر الملف من نظام مكتبتك مرة أخرى بترميز UTF-8.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
